#include "render/pages.h"
#include "render/view_parts.h"
#include "report/coverage.h"
#include "report/coverage_markdown.h"

// /about/coverage/: the gaps `copsite report` prints, as a public page, so
// Member States and partners see what they could contribute.
namespace copsite {

namespace {

// "no case study", "1 case study", "2 case studies"
std::string count_text(std::size_t n, const char* one, const char* many) {
    if (n == 0) return std::string("no ") + one;
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

ViewList missing_by_region(const Coverage& cov, const Content& c) {
    ViewList regions;
    regions.reserve(cov.without_profile.size());  // at most one a state
    for (std::size_t i = 0; i < cov.without_profile.size();) {
        const auto& region = cov.without_profile[i].region;
        std::size_t end = i;
        std::string names;
        for (; end < cov.without_profile.size() && cov.without_profile[end].region == region; ++end)
            names += (end > i ? ", " : "") + cov.without_profile[end].name;
        View item;
        item["name"] = View(region_name(c, region));
        item["count"] = text_view(std::to_string(end - i));
        item["states"] = View(names);
        regions.push_back(std::move(item));
        i = end;
    }
    return regions;
}

ViewList due_profiles(const SiteContext& ctx, const Coverage& cov) {
    ViewList rows;
    rows.reserve(cov.due_profiles.size());
    for (const auto& due : cov.due_profiles) {
        const auto& x = ctx.content().countries[due.country];
        View row = link(x.name, ctx.urls.path(site_paths::country(x.origin.id)));
        row["updated"] = date_view(x.updated);
        row["validated"] = View(x.validated ? x.validated->human() : std::string("never"));
        row["due"] = View(std::string(due.update_due && due.validation_due ? "update and validation"
                                      : due.update_due                     ? "update"
                                                                           : "validation"));
        rows.push_back(std::move(row));
    }
    return rows;
}

template <class Entry, class Path, class Title>
ViewList thin_sets(const SiteContext& ctx, const std::vector<ThinSet>& sets,
                   const std::vector<Entry>& entries, Path path, Title title) {
    ViewList items;
    items.reserve(sets.size());
    for (const auto& s : sets) {
        View item = link(title(entries[s.index]), ctx.urls.path(path(entries[s.index])));
        item["count"] = View(count_text(s.case_studies, "case study", "case studies"));
        items.push_back(std::move(item));
    }
    return items;
}

ViewList unlinked_meetings(const SiteContext& ctx, const Coverage& cov) {
    ViewList items;
    items.reserve(cov.unlinked_meetings.size());
    for (const auto& u : cov.unlinked_meetings) {
        const auto& m = ctx.content().meetings[u.meeting];
        View item = link(meeting_title(m), ctx.urls.path(site_paths::meeting(m.origin.id)));
        item["date"] = date_view(m.date);
        item["count"] = View(count_text(u.contributions, "contribution", "contributions"));
        items.push_back(std::move(item));
    }
    return items;
}

void add_summary(View& view, const Coverage& cov, const Content& c) {
    view["states_known"] = View(cov.member_states_known);
    view["states_total"] = text_view(std::to_string(cov.member_states));
    view["states_profiled"] = text_view(std::to_string(cov.member_states_profiled));
    view["states_missing"] = text_view(std::to_string(cov.without_profile.size()));
    view["profiles_total"] = text_view(std::to_string(c.countries.size()));
    view["guidelines_total"] = text_view(std::to_string(c.guidelines.size()));
    view["themes_total"] = text_view(std::to_string(c.vocabulary.themes.size()));
    view["partners_total"] = text_view(std::to_string(c.partners.size()));
    view["meetings_total"] = text_view(std::to_string(c.meetings.size()));
    view["few"] = text_view(std::to_string(kFewCaseStudies));
    view["today"] = date_view(cov.today);
}

// Sets the list, its has_ flag and its size as <key>_count.
void set_counted(View& view, const std::string& key, ViewList items) {
    view[key + "_count"] = text_view(std::to_string(items.size()));
    set_list(view, key, std::move(items));
}

}  // namespace

PageView coverage_page(const SiteContext& ctx) {
    const auto& c = ctx.content();
    const auto cov = compute_coverage(ctx.site, ctx.content_date, false);
    View view;
    add_summary(view, cov, c);
    set_list(view, "missing_regions", missing_by_region(cov, c));
    set_counted(view, "due_profiles", due_profiles(ctx, cov));
    set_counted(view, "thin_guidelines",
                thin_sets(
                    ctx, cov.thin_guidelines, c.guidelines,
                    [](const Guideline& g) { return site_paths::guideline(g.origin.id); },
                    [](const Guideline& g) { return g.title; }));
    set_counted(view, "thin_themes",
                thin_sets(
                    ctx, cov.thin_themes, c.vocabulary.themes,
                    [](const VocabularyEntry& t) { return site_paths::theme(t.id); },
                    [](const VocabularyEntry& t) { return t.name; }));
    ViewList partners;
    partners.reserve(cov.unlinked_partners.size());
    for (const auto i : cov.unlinked_partners)
        partners.push_back(
            link(c.partners[i].name, ctx.urls.path(site_paths::partner(c.partners[i].origin.id))));
    set_counted(view, "unlinked_partners", std::move(partners));
    set_counted(view, "unlinked_meetings", unlinked_meetings(ctx, cov));

    PageMeta meta;
    meta.title = "Coverage of the repository";
    meta.description =
        "What the repository does not hold yet: Member States without a profile, "
        "profiles due for an update, and topics with few case studies.";
    meta.section = "about";
    meta.breadcrumbs = {{"About", ctx.urls.path("about/")}};
    return {"coverage", std::move(view), std::move(meta)};
}

}  // namespace copsite
