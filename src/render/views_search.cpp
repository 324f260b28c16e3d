#include "render/pages.h"
#include "render/view_parts.h"

// The search page. The results come from search.js reading search-index.json;
// the page itself carries the form and, for readers without JavaScript, the
// indexes that lead to everything.
namespace copsite {

PageView search_page(const SiteContext& ctx) {
    const auto& c = ctx.content();
    ViewList indexes;
    auto add = [&](std::string title, std::string path, std::size_t count) {
        View item = link(std::move(title), ctx.urls.path(path));
        item["count"] = View(std::to_string(count));
        indexes.push_back(std::move(item));
    };
    add("Countries", "countries/", c.countries.size());
    add("Case studies", "case-studies/", c.case_studies.size());
    add("Themes", "themes/", c.vocabulary.themes.size());
    add("Regions", "regions/", c.vocabulary.regions.size());
    add("Meetings", "meetings/", c.meetings.size());
    add("COP Guidelines", "guidelines/", c.guidelines.size());
    add("Partners", "partners/", c.partners.size());
    View view;
    set_list(view, "indexes", std::move(indexes));
    view["index_url"] = View(ctx.urls.path("search-index.json"));
    PageMeta meta;
    meta.title = "Search";
    meta.description =
        "Search the country profiles, case studies, meetings, COP Guidelines and "
        "partners of the CWG-COP repository.";
    meta.section = "search";
    return {"search", std::move(view), std::move(meta)};
}

}  // namespace copsite
