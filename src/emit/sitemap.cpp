#include "emit/sitemap.h"

#include <sstream>

#include <pugixml.hpp>

namespace copsite {

namespace {

// The date a page last changed, when the content says so.
std::string last_modified(const SiteContext& ctx, const PageJob& job) {
    const auto& c = ctx.content();
    switch (job.kind) {
        case PageKind::country:
            return c.countries[job.index].updated.iso();
        case PageKind::case_study:
            return latest_date(c.case_studies[job.index]).iso();
        case PageKind::meeting:
            return c.meetings[job.index].date.iso();
        default:
            return {};
    }
}

}  // namespace

std::string sitemap_xml(const SiteContext& ctx, const std::vector<PageJob>& pages) {
    pugi::xml_document doc;
    auto set = doc.append_child("urlset");
    set.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
    for (const auto& page : pages) {
        if (page.kind == PageKind::not_found) continue;
        auto url = set.append_child("url");
        url.append_child("loc").text().set(ctx.urls.absolute(page.site_path).c_str());
        if (auto date = last_modified(ctx, page); !date.empty())
            url.append_child("lastmod").text().set(date.c_str());
    }
    std::ostringstream out;
    doc.save(out, "  ", pugi::format_default | pugi::format_no_declaration, pugi::encoding_utf8);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str();
}

std::string robots_txt(const SiteContext& ctx) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + ctx.urls.absolute("sitemap.xml") + "\n";
}

}  // namespace copsite
