#include "compare/diff_markdown.h"

#include <array>
#include <functional>
#include <string_view>

namespace copsite {

namespace {

constexpr std::size_t kPagesPerGroup = 10;  // pages listed per section of the site
constexpr std::size_t kItemsPerList = 20;   // feed items, link changes, broken links
constexpr std::size_t kTargetsPerPage = 5;  // link targets named per changed page

struct Section {
    std::string_view prefix;  // first path segment, with its slash
    std::string_view name;
};

// The site's sections, in the order of its menu; everything else comes last.
constexpr std::array<Section, 8> kSections = {{
    {"countries/", "Country profiles"},
    {"case-studies/", "Case studies"},
    {"meetings/", "Meetings"},
    {"guidelines/", "Guideline sets"},
    {"partners/", "Partners"},
    {"themes/", "Themes"},
    {"regions/", "Regions"},
    {"about/", "About"},
}};

std::size_t section_of(const std::string& path) {
    for (std::size_t i = 0; i < kSections.size(); ++i)
        if (path.starts_with(kSections[i].prefix)) return i;
    return kSections.size();
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string code(const std::string& path) {
    return "`/" + path + "`";
}

std::string page_line(const PageRef& page) {
    return (page.title.empty() ? std::string("(untitled)") : markdown_escape(page.title)) + " — " +
           code(page.path);
}

// "- item" lines for the first `cap` of `n` items, then "- … and N more".
void append_capped(std::string& out, std::size_t n, std::size_t cap,
                   const std::function<std::string(std::size_t)>& line) {
    for (std::size_t i = 0; i < n && i < cap; ++i) out += "- " + line(i) + "\n";
    if (n > cap) out += "- … and " + std::to_string(n - cap) + " more\n";
}

void append_pages(std::string& out, std::string_view heading, const std::vector<PageRef>& pages) {
    if (pages.empty()) return;
    out += "\n### " + std::string(heading) + " (" + std::to_string(pages.size()) + ")\n";
    for (std::size_t s = 0; s <= kSections.size(); ++s) {
        std::vector<const PageRef*> group;
        for (const auto& p : pages)
            if (section_of(p.path) == s) group.push_back(&p);
        if (group.empty()) continue;
        const auto name = s < kSections.size() ? kSections[s].name : "Other pages";
        out += "\n**" + std::string(name) + "** (" + std::to_string(group.size()) + ")\n\n";
        append_capped(out, group.size(), kPagesPerGroup,
                      [&](std::size_t i) { return page_line(*group[i]); });
    }
}

std::string targets(const std::vector<PageRef>& refs) {
    std::string out;
    for (std::size_t i = 0; i < refs.size() && i < kTargetsPerPage; ++i)
        out += (i ? ", " : "") + markdown_escape(refs[i].title) + " (" + code(refs[i].path) + ")";
    if (refs.size() > kTargetsPerPage)
        out += " and " + std::to_string(refs.size() - kTargetsPerPage) + " more";
    return out;
}

void append_link_changes(std::string& out, const std::vector<LinkChange>& changes) {
    if (changes.empty()) return;
    out += "\n### Links that now point elsewhere (" + plural(changes.size(), "page", "pages") +
           ")\n\n";
    append_capped(out, changes.size(), kItemsPerList, [&](std::size_t i) {
        const auto& c = changes[i];
        std::string line = page_line(c.page);
        if (!c.now_links_to.empty()) line += "\n  - now links to " + targets(c.now_links_to);
        if (!c.no_longer_links_to.empty())
            line += "\n  - no longer links to " + targets(c.no_longer_links_to);
        return line;
    });
}

void append_broken_links(std::string& out, const std::vector<BrokenLink>& broken) {
    if (broken.empty()) return;
    out += "\n### Broken links (" + std::to_string(broken.size()) + ")\n\n";
    append_capped(out, broken.size(), kItemsPerList, [&](std::size_t i) {
        const auto& b = broken[i];
        return page_line(b.page) + " links to " + code(b.target.path) + " (\"" +
               markdown_escape(b.target.title) + "\"), which the new site does not have";
    });
}

void append_feed(std::string& out, const std::vector<FeedEntry>& entries) {
    if (entries.empty()) return;
    out += "\n### New feed items (" + std::to_string(entries.size()) + ")\n\n";
    append_capped(out, entries.size(), kItemsPerList, [&](std::size_t i) {
        return "[" + markdown_escape(entries[i].title) + "](" + entries[i].link + ")";
    });
}

std::string file_list(const std::vector<std::string>& files) {
    std::string out;
    for (std::size_t i = 0; i < files.size() && i < kItemsPerList; ++i)
        out += (i ? ", " : "") + std::string("`") + files[i] + "`";
    if (files.size() > kItemsPerList)
        out += " and " + std::to_string(files.size() - kItemsPerList) + " more";
    return out;
}

void append_other_files(std::string& out, const SiteDiff& d) {
    const auto n = d.files_added.size() + d.files_changed.size() + d.files_removed.size();
    if (n == 0) return;
    out += "\n### Other files (" + std::to_string(n) + ")\n\n";
    if (!d.files_added.empty()) out += "- added: " + file_list(d.files_added) + "\n";
    if (!d.files_changed.empty()) out += "- changed: " + file_list(d.files_changed) + "\n";
    if (!d.files_removed.empty()) out += "- removed: " + file_list(d.files_removed) + "\n";
}

std::string overview(const SiteDiff& d) {
    std::string out = plural(d.added.size(), "page", "pages") + " added, " +
                      std::to_string(d.changed.size()) + " changed, " +
                      std::to_string(d.removed.size()) + " removed; " +
                      plural(d.feed_added.size(), "new feed item", "new feed items") + "; ";
    out += d.link_changes.empty()
               ? std::string("no link points elsewhere")
               : "links changed on " + plural(d.link_changes.size(), "page", "pages");
    out += d.broken_links.empty()
               ? "; no broken links."
               : "; " + plural(d.broken_links.size(), "broken link", "broken links") + ".";
    return out + "\n";
}

}  // namespace

std::string markdown_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string diff_markdown(const SiteDiff& d) {
    std::string out = "## What this pull request changes on the site\n\n";
    if (d.empty()) return out + "Nothing: the two sites are identical.\n";
    out += overview(d);
    append_pages(out, "Pages added", d.added);
    append_pages(out, "Pages changed", d.changed);
    append_pages(out, "Pages removed", d.removed);
    append_feed(out, d.feed_added);
    append_link_changes(out, d.link_changes);
    append_broken_links(out, d.broken_links);
    append_other_files(out, d);
    return out;
}

}  // namespace copsite
