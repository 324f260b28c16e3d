#include <algorithm>

#include "render/json_ld.h"
#include "render/pages.h"
#include "render/view_parts.h"
#include "schema/json_schema.h"

namespace copsite {

namespace {
constexpr std::size_t kHomeListSize = 6;
}

PageView home_page(const SiteContext& ctx) {
    const auto& c = ctx.content();
    View view;
    view["description"] = View(c.site.description);
    View counts;
    counts["countries"] = text_view(std::to_string(c.countries.size()));
    counts["case_studies"] = text_view(std::to_string(c.case_studies.size()));
    counts["meetings"] = text_view(std::to_string(c.meetings.size()));
    counts["partners"] = text_view(std::to_string(c.partners.size()));
    counts["guidelines"] = text_view(std::to_string(c.guidelines.size()));
    view["counts"] = std::move(counts);
    const auto& newest = ctx.case_studies_newest_first;
    std::vector<std::size_t> latest(newest.begin(),
                                    newest.begin() + std::min(kHomeListSize, newest.size()));
    view["has_latest_case_studies"] = View(!latest.empty());
    ViewList updated;
    updated.reserve(kHomeListSize);
    for (std::size_t k = 0; k < std::min(kHomeListSize, ctx.countries_recently_updated.size());
         ++k) {
        const auto& country = c.countries[ctx.countries_recently_updated[k]];
        View item = link(country.name, ctx.urls.path(site_paths::country(country.origin.id)));
        item["updated"] = date_view(country.updated);
        item["summary"] = View(country.summary);
        updated.push_back(std::move(item));
    }
    set_list(view, "updated_countries", std::move(updated));
    if (!c.meetings.empty()) {
        const auto& m = c.meetings.back();
        View latest_meeting =
            link(meeting_title(m), ctx.urls.path(site_paths::meeting(m.origin.id)));
        latest_meeting["date"] = date_view(m.date);
        latest_meeting["summary"] = View(m.summary);
        view["latest_meeting"] = std::move(latest_meeting);
    }
    view["has_latest_meeting"] = View(!c.meetings.empty());
    if (c.meetings.empty()) view["latest_meeting"] = View(false);

    PageMeta meta;
    meta.title = c.site.title;
    meta.description = c.site.description.empty()
                           ? "An open repository of national child online protection efforts "
                             "and good practices."
                           : c.site.description;
    meta.section = "home";
    meta.json_ld = schema("WebSite")
                       .text("name", c.site.title)
                       .text("description", meta.description)
                       .text("url", ctx.urls.absolute(""))
                       .text("inLanguage", c.site.language)
                       .str();
    return {"home", std::move(view), std::move(meta), std::move(latest)};
}

PageView about_page(const SiteContext& ctx) {
    View view;
    view["site_title"] = View(ctx.content().site.title);
    // The editors' schemas the build publishes, so contributors can find them.
    ViewList schemas;
    schemas.reserve(content_kinds().size());
    for (const auto& kind : content_kinds()) {
        View item;
        item["title"] = View(kind.title);
        item["location"] = View(kind.location);
        item["path"] = View(std::string(kSchemaDir) + "/" + schema_file_name(kind));
        schemas.push_back(std::move(item));
    }
    set_list(view, "schemas", std::move(schemas));
    // The guide and the forms live with the files, on GitHub; the branch is
    // main, the one the Pages workflow publishes.
    const auto& repository = ctx.content().site.repository;
    view["contributing_url"] =
        repository.empty() ? View(false) : View(repository + "/blob/main/CONTRIBUTING.md");
    view["new_issue_url"] =
        repository.empty() ? View(false) : View(repository + "/issues/new/choose");
    PageMeta meta;
    meta.title = "About this repository";
    meta.description =
        "What the ITU Council Working Group on Child Online Protection is, what "
        "this repository holds and how Member States and partners contribute.";
    meta.section = "about";
    return {"about", std::move(view), std::move(meta)};
}

PageView not_found_page(const SiteContext&) {
    PageMeta meta;
    meta.title = "Page not found";
    meta.description = "This page does not exist.";
    return {"not_found", View(), std::move(meta)};
}

}  // namespace copsite
