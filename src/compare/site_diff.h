#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "compare/feed_entries.h"

// Two built sites compared, as data: what a reviewer should look at before a
// pull request is merged. diff_markdown.h turns it into a comment.
namespace copsite {

struct PageRef {
    std::string path;   // site path: "countries/pol/", "" for the home page
    std::string title;  // the page's heading, or a link's text
};

// A page present in both sites whose content links changed targets.
struct LinkChange {
    PageRef page;
    std::vector<PageRef> now_links_to;        // targets only the new page has
    std::vector<PageRef> no_longer_links_to;  // targets only the old page had
};

struct BrokenLink {
    PageRef page;
    PageRef target;  // the missing page, named by the link's text
};

struct SiteDiff {
    std::vector<PageRef> added, changed, removed;  // HTML pages, sorted by path
    std::vector<std::string> files_added, files_changed, files_removed;  // every other file
    std::vector<FeedEntry> feed_added;  // in the new feed, not in the old one, in feed order
    std::vector<LinkChange> link_changes;
    std::vector<BrokenLink> broken_links;  // in the new site

    bool empty() const;
};

// Reads two site folders; nullopt with `error` set if one is not a folder.
std::optional<SiteDiff> diff_sites(const std::filesystem::path& old_site,
                                   const std::filesystem::path& new_site, std::string& error);

}  // namespace copsite
