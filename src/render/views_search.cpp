#include "render/pages.h"
#include "render/view_parts.h"

// The search page. The results come from search.js reading search-index.json;
// the page itself carries the form and, for readers without JavaScript, the
// indexes that lead to everything.
namespace copsite {

PageView search_page(const SiteContext& ctx) {
    // No counts: the page then changes only when the theme does.
    constexpr std::pair<const char*, const char*> kIndexes[] = {
        {"Countries", "countries/"}, {"Case studies", "case-studies/"},
        {"Themes", "themes/"},       {"Regions", "regions/"},
        {"Meetings", "meetings/"},   {"COP Guidelines", "guidelines/"},
        {"Partners", "partners/"}};
    ViewList indexes;
    indexes.reserve(std::size(kIndexes));  // View's move is not noexcept: growing copies
    for (const auto& [title, path] : kIndexes) indexes.push_back(link(title, ctx.urls.path(path)));
    View view;
    set_list(view, "indexes", std::move(indexes));
    view["index_url"] = text_view(ctx.urls.path("search-index.json"));
    PageMeta meta;
    meta.title = "Search";
    meta.description =
        "Search the country profiles, case studies, meetings, COP Guidelines and "
        "partners of the CWG-COP repository.";
    meta.section = "search";
    return {"search", std::move(view), std::move(meta)};
}

}  // namespace copsite
