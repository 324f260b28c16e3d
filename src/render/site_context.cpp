#include "render/site_context.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "core/parallel.h"
#include "core/text.h"
#include "render/coverage_matrix.h"
#include "render/explorer.h"
#include "report/coverage.h"

namespace copsite {

Date latest_date(const CaseStudy& c) {
    return c.updated.value_or(c.published);
}

std::string ordinal(int n) {
    const int tens = n % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        if (n % 10 == 1)
            suffix = "st";
        else if (n % 10 == 2)
            suffix = "nd";
        else if (n % 10 == 3)
            suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

std::string meeting_title(const Meeting& m) {
    return ordinal(m.number) + " meeting of the CWG-COP";
}

namespace {

std::vector<std::size_t> iota(std::size_t n) {
    std::vector<std::size_t> v(n);
    std::iota(v.begin(), v.end(), 0);
    return v;
}

}  // namespace

SiteContext make_site_context(const LinkedContent& site, std::string base_url, WorldMap world_map,
                              const FileSystem* files, unsigned threads) {
    SiteContext ctx{site, Urls(std::move(base_url)), {},   {}, {}, {}, 100, {}, {},
                    {},   std::move(world_map),      files};
    const auto& c = site.content;
    // Ties break on the id (the lists are sorted by id), so the order is stable.
    ctx.case_studies_newest_first = iota(c.case_studies.size());
    std::stable_sort(ctx.case_studies_newest_first.begin(), ctx.case_studies_newest_first.end(),
                     [&](std::size_t a, std::size_t b) {
                         return c.case_studies[a].published > c.case_studies[b].published;
                     });
    ctx.case_study_rank.resize(c.case_studies.size());
    for (std::size_t r = 0; r < ctx.case_studies_newest_first.size(); ++r)
        ctx.case_study_rank[ctx.case_studies_newest_first[r]] = r;
    ctx.countries_recently_updated = iota(c.countries.size());
    std::stable_sort(ctx.countries_recently_updated.begin(), ctx.countries_recently_updated.end(),
                     [&](std::size_t a, std::size_t b) {
                         return c.countries[a].updated > c.countries[b].updated;
                     });
    ctx.content_date = newest_content_date(c);
    ctx.meetings_newest_first = iota(c.meetings.size());
    std::reverse(ctx.meetings_newest_first.begin(), ctx.meetings_newest_first.end());
    // Each reads only the orders above; made side by side, as the pages
    // cannot start before both are done.
    parallel_for(2, threads, [&](std::size_t task) {
        if (task == 0)
            ctx.explorer = std::make_shared<const ExplorerData>(explorer_data(ctx));
        else
            ctx.guideline_matrix =
                std::make_shared<const CoverageMatrix>(case_study_guideline_matrix(ctx));
    });
    return ctx;
}

std::string case_study_body(const SiteContext& ctx, const CaseStudy& c) {
    if (!c.body_span) return c.body;
    if (!ctx.files) throw std::logic_error("a case-study body needs the content files");
    const auto& span = *c.body_span;
    auto body = ctx.files->read_range(c.origin.file, span.offset, span.size);
    if (body && text_hash(*body) == span.hash) return std::move(*body);
    throw ContentChanged(c.origin.file + " changed while the site was being built; build it again");
}

}  // namespace copsite
