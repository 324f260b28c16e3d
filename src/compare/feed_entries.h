#pragma once

#include <string>
#include <string_view>
#include <vector>

// The items of a built site's RSS feed (feed.xml), read with pugixml.
namespace copsite {

struct FeedEntry {
    std::string id;  // the guid, else the link: what identifies an item across builds
    std::string title;
    std::string link;
};

struct Feed {
    std::string base_path = "/";  // the path of the channel's link: "/" or "/cop/"
    std::vector<FeedEntry> entries;
};

// An empty Feed with base_path "/" if the text is not an RSS feed.
Feed parse_feed(std::string_view xml);

}  // namespace copsite
