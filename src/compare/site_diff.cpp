#include "compare/site_diff.h"

#include <algorithm>
#include <map>
#include <set>

#include "compare/page_facts.h"
#include "core/file_system.h"

namespace copsite {

namespace fs = std::filesystem;

namespace {

// A built site on disk: its files and the base path its links start with.
struct SiteFolder {
    DiskFileSystem files;
    std::vector<std::string> paths;  // sorted
    Feed feed;

    explicit SiteFolder(const fs::path& dir) : files(dir), paths(files.list("")) {
        if (const auto xml = files.read("feed.xml")) feed = parse_feed(*xml);
    }
    bool has(const std::string& path) const {
        return std::binary_search(paths.begin(), paths.end(), path);
    }
    PageFacts facts(const std::string& path) const {
        return read_page_facts(files.read(path).value_or(""), feed.base_path);
    }
};

bool is_page(const std::string& path) {
    return path.ends_with(".html");
}

PageRef page_ref(const std::string& file, const PageFacts& facts) {
    return {site_path_of_file(file), facts.title};
}

// Targets of a page's links, each with the text it was first linked with.
std::map<std::string, std::string> link_targets(const PageFacts& facts) {
    std::map<std::string, std::string> out;
    for (const auto& l : facts.links) out.emplace(l.target, l.text);
    return out;
}

std::optional<LinkChange> compare_links(const std::string& file, const PageFacts& before,
                                        const PageFacts& after) {
    const auto old_targets = link_targets(before), new_targets = link_targets(after);
    LinkChange change{page_ref(file, after), {}, {}};
    for (const auto& [target, text] : new_targets)
        if (!old_targets.count(target)) change.now_links_to.push_back({target, text});
    for (const auto& [target, text] : old_targets)
        if (!new_targets.count(target)) change.no_longer_links_to.push_back({target, text});
    if (change.now_links_to.empty() && change.no_longer_links_to.empty()) return std::nullopt;
    return change;
}

// A link target is a site path; the page it names is its index.html.
bool resolves(const SiteFolder& site, const std::string& target) {
    if (target.empty() || target.back() == '/') return site.has(target + "index.html");
    return site.has(target) || site.has(target + "/index.html");
}

void compare_pages(const SiteFolder& before, const SiteFolder& after, SiteDiff& diff) {
    for (const auto& path : after.paths) {
        if (!is_page(path)) continue;
        const auto html = after.files.read(path).value_or("");
        const auto facts = read_page_facts(html, after.feed.base_path);
        for (const auto& link : facts.links)
            if (!resolves(after, link.target))
                diff.broken_links.push_back({page_ref(path, facts), {link.target, link.text}});
        if (!before.has(path)) {
            diff.added.push_back(page_ref(path, facts));
            continue;
        }
        const auto old_html = before.files.read(path).value_or("");
        if (old_html == html) continue;
        diff.changed.push_back(page_ref(path, facts));
        if (auto change =
                compare_links(path, read_page_facts(old_html, before.feed.base_path), facts))
            diff.link_changes.push_back(std::move(*change));
    }
    for (const auto& path : before.paths)
        if (is_page(path) && !after.has(path))
            diff.removed.push_back(page_ref(path, before.facts(path)));
}

void compare_other_files(const SiteFolder& before, const SiteFolder& after, SiteDiff& diff) {
    for (const auto& path : after.paths) {
        if (is_page(path)) continue;
        if (!before.has(path))
            diff.files_added.push_back(path);
        else if (before.files.read(path) != after.files.read(path))
            diff.files_changed.push_back(path);
    }
    for (const auto& path : before.paths)
        if (!is_page(path) && !after.has(path)) diff.files_removed.push_back(path);
}

void compare_feeds(const Feed& before, const Feed& after, SiteDiff& diff) {
    std::set<std::string> known;
    for (const auto& e : before.entries) known.insert(e.id);
    for (const auto& e : after.entries)
        if (!known.count(e.id)) diff.feed_added.push_back(e);
}

}  // namespace

bool SiteDiff::empty() const {
    return added.empty() && changed.empty() && removed.empty() && files_added.empty() &&
           files_changed.empty() && files_removed.empty();
}

std::optional<SiteDiff> diff_sites(const fs::path& old_site, const fs::path& new_site,
                                   std::string& error) {
    for (const auto& dir : {old_site, new_site})
        if (!fs::is_directory(dir)) {
            error = dir.string() + " is not a folder";
            return std::nullopt;
        }
    const SiteFolder before(old_site), after(new_site);
    SiteDiff diff;
    compare_pages(before, after, diff);
    compare_other_files(before, after, diff);
    compare_feeds(before.feed, after.feed, diff);
    return diff;
}

}  // namespace copsite
