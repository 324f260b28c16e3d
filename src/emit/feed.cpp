#include "emit/feed.h"

#include <algorithm>
#include <sstream>
#include <tuple>

#include <pugixml.hpp>

#include "render/urls.h"

namespace copsite {

namespace {

struct FeedItem {
    Date date;
    std::string title;
    std::string site_path;
    std::string summary;
    std::string category;
};

// A case study or country profile that could be in the feed: enough to
// choose the newest without copying any text.
struct Candidate {
    Date date;
    int kind;  // 0 case study, 1 country: case studies first on the same day
    std::size_t index;
    std::string_view id;
};

FeedItem feed_item(const Content& c, const Candidate& chosen) {
    if (chosen.kind == 0) {
        const auto& s = c.case_studies[chosen.index];
        const bool updated = s.updated && *s.updated > s.published;
        return {chosen.date, updated ? "Updated: " + s.title : s.title,
                site_paths::case_study(s.origin.id), s.summary, "Case study"};
    }
    const auto& x = c.countries[chosen.index];
    return {chosen.date, x.name + ": country profile updated", site_paths::country(x.origin.id),
            x.summary, "Country profile"};
}

// The newest case studies and country profiles, at most the feed's size.
// Only those chosen become items: a large site has tens of thousands of
// candidates, and copying each one's texts took longer than the feed.
std::vector<FeedItem> feed_items(const SiteContext& ctx) {
    const auto& c = ctx.content();
    std::vector<Candidate> candidates;
    candidates.reserve(c.case_studies.size() + c.countries.size());
    for (std::size_t i = 0; i < c.case_studies.size(); ++i)
        candidates.push_back({latest_date(c.case_studies[i]), 0, i, c.case_studies[i].origin.id});
    for (std::size_t i = 0; i < c.countries.size(); ++i)
        candidates.push_back({c.countries[i].updated, 1, i, c.countries[i].origin.id});
    const auto size = std::min<std::size_t>(candidates.size(), std::max(1, c.site.feed_size));
    const auto newest = candidates.begin() + static_cast<std::ptrdiff_t>(size);
    std::partial_sort(candidates.begin(), newest, candidates.end(),
                      [](const Candidate& a, const Candidate& b) {
                          return std::tie(b.date, a.kind, a.id) < std::tie(a.date, b.kind, b.id);
                      });
    std::vector<FeedItem> items;
    items.reserve(size);
    for (auto it = candidates.begin(); it != newest; ++it) items.push_back(feed_item(c, *it));
    return items;
}

void add_text(pugi::xml_node parent, const char* name, const std::string& text) {
    parent.append_child(name).text().set(text.c_str());
}

}  // namespace

std::string feed_xml(const SiteContext& ctx) {
    const auto& site = ctx.content().site;
    const auto items = feed_items(ctx);
    pugi::xml_document doc;
    auto rss = doc.append_child("rss");
    rss.append_attribute("version") = "2.0";
    rss.append_attribute("xmlns:atom") = "http://www.w3.org/2005/Atom";
    auto channel = rss.append_child("channel");
    add_text(channel, "title", site.title);
    add_text(channel, "link", ctx.urls.absolute(""));
    add_text(channel, "description",
             site.description.empty() ? "New and updated case studies and country profiles."
                                      : site.description);
    add_text(channel, "language", site.language);
    if (!items.empty()) add_text(channel, "lastBuildDate", items.front().date.rfc822());
    auto self = channel.append_child("atom:link");
    self.append_attribute("href") = ctx.urls.absolute("feed.xml").c_str();
    self.append_attribute("rel") = "self";
    self.append_attribute("type") = "application/rss+xml";
    for (const auto& item : items) {
        auto node = channel.append_child("item");
        const auto url = ctx.urls.absolute(item.site_path);
        add_text(node, "title", item.title);
        add_text(node, "link", url);
        add_text(node, "description", item.summary);
        add_text(node, "category", item.category);
        add_text(node, "pubDate", item.date.rfc822());
        auto guid = node.append_child("guid");
        guid.append_attribute("isPermaLink") = "false";
        guid.text().set((url + "#" + item.date.iso()).c_str());
    }
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default | pugi::format_no_declaration, pugi::encoding_utf8);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str();
}

}  // namespace copsite
