#include "render/pages.h"
#include "render/view_parts.h"

// The search page. The results come from search.js reading search-index.json;
// the page itself carries the form and, for readers without JavaScript, the
// indexes that lead to everything.
namespace copsite {

PageView search_page(const SiteContext& ctx) {
    ViewList indexes;
    // No counts: the page then changes only when the theme does.
    for (const auto& [title, path] : {std::pair{"Countries", "countries/"},
                                      {"Case studies", "case-studies/"},
                                      {"Themes", "themes/"},
                                      {"Regions", "regions/"},
                                      {"Meetings", "meetings/"},
                                      {"COP Guidelines", "guidelines/"},
                                      {"Partners", "partners/"}})
        indexes.push_back(link(title, ctx.urls.path(path)));
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
