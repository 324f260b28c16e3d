#include "compare/feed_entries.h"

#include <pugixml.hpp>

namespace copsite {

namespace {

// "https://example.org/cop/" -> "/cop/"
std::string path_of_url(std::string_view url) {
    const auto scheme = url.find("://");
    if (scheme == url.npos) return "/";
    const auto slash = url.find('/', scheme + 3);
    if (slash == url.npos) return "/";
    std::string path(url.substr(slash));
    if (path.back() != '/') path += '/';
    return path;
}

}  // namespace

Feed parse_feed(std::string_view xml) {
    Feed feed;
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size())) return feed;
    const auto channel = doc.child("rss").child("channel");
    if (!channel) return feed;
    feed.base_path = path_of_url(channel.child_value("link"));
    for (const auto item : channel.children("item")) {
        FeedEntry entry{item.child_value("guid"), item.child_value("title"),
                        item.child_value("link")};
        if (entry.id.empty()) entry.id = entry.link;
        feed.entries.push_back(std::move(entry));
    }
    return feed;
}

}  // namespace copsite
