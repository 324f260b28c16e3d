#include "render/pages.h"

#include "render/explorer.h"
#include "render/pagination.h"

namespace copsite {

std::string output_file(const std::string& site_path) {
    if (site_path.empty() || site_path.back() == '/') return site_path + "index.html";
    return site_path;
}

std::vector<PageJob> plan_pages(const SiteContext& ctx) {
    const auto& c = ctx.content();
    const auto& b = ctx.backlinks();
    std::vector<PageJob> jobs = {
        {PageKind::home, 0, ""},
        {PageKind::about, 0, "about/"},
        {PageKind::coverage, 0, "about/coverage/"},
        {PageKind::not_found, 0, "404.html"},
        {PageKind::search, 0, "search/"},
        {PageKind::countries, 0, "countries/"},
        {PageKind::meetings, 0, "meetings/"},
    };
    // A page whose list of `items` may run to several pages, then the rest.
    const auto paged = [&](PageKind kind, std::size_t i, const std::string& path,
                           std::size_t items) {
        for (std::size_t k = 1; k <= page_count(ctx, items); ++k)
            jobs.push_back({kind, i, paged_path(path, k), k});
    };
    paged(PageKind::guidelines, 0, "guidelines/", c.case_studies.size());
    jobs.push_back({PageKind::partners, 0, "partners/"});
    jobs.push_back({PageKind::themes, 0, "themes/"});
    jobs.push_back({PageKind::regions, 0, "regions/"});
    paged(PageKind::case_studies, 0, site_paths::case_study_page(1), c.case_studies.size());
    const auto& filters = ctx.explorer->filter_pages;
    for (std::size_t i = 0; i < filters.size(); ++i)
        paged(PageKind::case_study_filter, i, filters[i].site_path, filters[i].case_studies.size());
    for (std::size_t i = 0; i < c.countries.size(); ++i)
        paged(PageKind::country, i, site_paths::country(c.countries[i].origin.id),
              b.country_case_studies[i].size());
    for (std::size_t i = 0; i < c.case_studies.size(); ++i)
        jobs.push_back(
            {PageKind::case_study, i, site_paths::case_study(c.case_studies[i].origin.id)});
    for (std::size_t i = 0; i < c.meetings.size(); ++i)
        paged(PageKind::meeting, i, site_paths::meeting(c.meetings[i].origin.id),
              b.meeting_case_studies[i].size());
    for (std::size_t i = 0; i < c.guidelines.size(); ++i)
        paged(PageKind::guideline, i, site_paths::guideline(c.guidelines[i].origin.id),
              b.guideline_case_studies[i].size());
    for (std::size_t i = 0; i < c.partners.size(); ++i)
        paged(PageKind::partner, i, site_paths::partner(c.partners[i].origin.id),
              b.partner_case_studies[i].size());
    for (std::size_t i = 0; i < c.vocabulary.themes.size(); ++i)
        paged(PageKind::theme, i, site_paths::theme(c.vocabulary.themes[i].id),
              b.theme_case_studies[i].size());
    for (std::size_t i = 0; i < c.vocabulary.regions.size(); ++i)
        jobs.push_back({PageKind::region, i, site_paths::region(c.vocabulary.regions[i].id)});
    return jobs;
}

namespace {

PageView page_view(const SiteContext& ctx, const PageJob& job) {
    switch (job.kind) {
        case PageKind::home:
            return home_page(ctx);
        case PageKind::about:
            return about_page(ctx);
        case PageKind::coverage:
            return coverage_page(ctx);
        case PageKind::not_found:
            return not_found_page(ctx);
        case PageKind::search:
            return search_page(ctx);
        case PageKind::countries:
            return countries_page(ctx);
        case PageKind::country:
            return country_page(ctx, job.index, job.page);
        case PageKind::case_studies:
            return case_studies_page(ctx, job.page);
        case PageKind::case_study:
            break;  // view_page
        case PageKind::case_study_filter:
            return case_study_filter_page(ctx, job.index, job.page);
        case PageKind::meetings:
            return meetings_page(ctx);
        case PageKind::meeting:
            return meeting_page(ctx, job.index, job.page);
        case PageKind::guidelines:
            return guidelines_page(ctx, job.page);
        case PageKind::guideline:
            return guideline_page(ctx, job.index, job.page);
        case PageKind::partners:
            return partners_page(ctx);
        case PageKind::partner:
            return partner_page(ctx, job.index, job.page);
        case PageKind::themes:
            return themes_page(ctx);
        case PageKind::theme:
            return theme_page(ctx, job.index, job.page);
        case PageKind::regions:
            return regions_page(ctx);
        case PageKind::region:
            return region_page(ctx, job.index);
    }
    return not_found_page(ctx);
}

// A case study's page and its search entry read its Markdown once: that is
// most of the cost of each, and there are thousands of case studies.
PageView case_study_with_entry(const SiteContext& ctx, std::size_t i) {
    const auto& c = ctx.content().case_studies[i];
    ParsedMarkdown body(case_study_body(ctx, c));
    std::optional<ParsedMarkdown> findings;
    if (c.evaluation) findings.emplace(c.evaluation->findings);
    auto* f = findings ? &*findings : nullptr;
    auto page = case_study_page(ctx, i, body, f);
    page.search_entry = case_study_search_entry(ctx, i, body, f);
    return page;
}

}  // namespace

PageView view_page(const SiteContext& ctx, const PageJob& job) {
    if (job.kind == PageKind::case_study) return case_study_with_entry(ctx, job.index);
    auto page = page_view(ctx, job);
    if (const auto doc = search_doc(job)) page.search_entry = search_entry(ctx, *doc);
    return page;
}

std::optional<SearchDoc> search_doc(const PageJob& job) {
    if (job.page != 1) return std::nullopt;
    switch (job.kind) {
        case PageKind::country:
            return SearchDoc{SearchKind::country, job.index};
        case PageKind::case_study:
            return SearchDoc{SearchKind::case_study, job.index};
        case PageKind::meeting:
            return SearchDoc{SearchKind::meeting, job.index};
        case PageKind::guideline:
            return SearchDoc{SearchKind::guidelines, job.index};
        case PageKind::partner:
            return SearchDoc{SearchKind::partner, job.index};
        default:
            return std::nullopt;
    }
}

}  // namespace copsite
