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
    int kind;  // 0 case study, 1 country: case studies first on the same day
    std::string id;
    std::string title;
    std::string site_path;
    std::string summary;
    std::string category;
};

std::vector<FeedItem> feed_items(const SiteContext& ctx) {
    const auto& c = ctx.content();
    std::vector<FeedItem> items;
    for (const auto& s : c.case_studies) {
        const bool updated = s.updated && *s.updated > s.published;
        items.push_back({latest_date(s), 0, s.origin.id, updated ? "Updated: " + s.title : s.title,
                         site_paths::case_study(s.origin.id), s.summary, "Case study"});
    }
    for (const auto& x : c.countries)
        items.push_back({x.updated, 1, x.origin.id, x.name + ": country profile updated",
                         site_paths::country(x.origin.id), x.summary, "Country profile"});
    const auto size = std::min<std::size_t>(items.size(), std::max(1, c.site.feed_size));
    std::partial_sort(items.begin(), items.begin() + size, items.end(),
                      [](const FeedItem& a, const FeedItem& b) {
                          return std::tie(b.date, a.kind, a.id) < std::tie(a.date, b.kind, b.id);
                      });
    items.resize(size);
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
