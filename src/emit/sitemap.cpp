#include "emit/sitemap.h"

#include <cstddef>

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

// Appends what pugixml prints to a string.
class StringWriter : public pugi::xml_writer {
  public:
    explicit StringWriter(std::string& out) : out_(out) {}
    void write(const void* data, std::size_t size) override {
        out_.append(static_cast<const char*>(data), size);
    }

  private:
    std::string& out_;
};

}  // namespace

std::string sitemap_xml(const SiteContext& ctx, const std::vector<PageJob>& pages) {
    // A large site lists tens of thousands of pages; a tree of them all took
    // more memory than anything else at the end of a build. Each <url> is
    // made and printed on its own, as the whole tree would print it.
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    StringWriter writer(out);
    for (const auto& page : pages) {
        if (page.kind == PageKind::not_found) continue;
        pugi::xml_document doc;
        auto url = doc.append_child("url");
        url.append_child("loc").text().set(ctx.urls.absolute(page.site_path).c_str());
        if (auto date = last_modified(ctx, page); !date.empty())
            url.append_child("lastmod").text().set(date.c_str());
        url.print(writer, "  ", pugi::format_default, pugi::encoding_utf8, 1);
    }
    out += "</urlset>\n";
    return out;
}

std::string robots_txt(const SiteContext& ctx) {
    return "User-agent: *\nAllow: /\n\nSitemap: " + ctx.urls.absolute("sitemap.xml") + "\n";
}

}  // namespace copsite
