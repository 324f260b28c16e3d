#include "check/backlinks.h"

#include <algorithm>

namespace copsite {

namespace {

// Adds `value` to the list of every id in `refs`. Ids that do not resolve are
// skipped (they were reported).
template <class V>
void add_all(std::vector<std::vector<V>>& lists, const IdMap& ids, const std::vector<Ref>& refs,
             const V& value) {
    for (const auto& r : refs)
        if (auto i = ids.find(r.id)) lists[*i].push_back(value);
}

template <class V>
void add_one(std::vector<std::vector<V>>& lists, const IdMap& ids, const Ref& ref, const V& value) {
    if (auto i = ids.find(ref.id)) lists[*i].push_back(value);
}

void unique(Indices& list) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

}  // namespace

Backlinks build_backlinks(const Content& c, const IdIndex& x) {
    Backlinks b;
    const auto& v = c.vocabulary;
    b.country_case_studies.resize(c.countries.size());
    b.country_contributions.resize(c.countries.size());
    b.country_chaired_meetings.resize(c.countries.size());
    b.meeting_case_studies.resize(c.meetings.size());
    b.meeting_efforts.resize(c.meetings.size());
    b.meeting_statistics.resize(c.meetings.size());
    b.guideline_case_studies.resize(c.guidelines.size());
    b.guideline_efforts.resize(c.guidelines.size());
    b.partner_case_studies.resize(c.partners.size());
    b.partner_contributions.resize(c.partners.size());
    b.theme_case_studies.resize(v.themes.size());
    b.theme_efforts.resize(v.themes.size());
    b.region_countries.resize(v.regions.size());
    b.region_case_studies.resize(v.regions.size());
    b.category_efforts.resize(v.effort_categories.size());
    b.audience_case_studies.resize(v.audiences.size());
    b.kind_partners.resize(v.partner_kinds.size());

    for (std::size_t ci = 0; ci < c.countries.size(); ++ci) {
        const auto& country = c.countries[ci];
        add_one(b.region_countries, x.regions, country.region, ci);
        for (std::size_t ei = 0; ei < country.efforts.size(); ++ei) {
            const auto& e = country.efforts[ei];
            const EffortAt at{ci, ei};
            add_all(b.meeting_efforts, x.meetings, e.meetings, at);
            add_all(b.guideline_efforts, x.guidelines, e.guidelines, at);
            add_all(b.theme_efforts, x.themes, e.themes, at);
            add_one(b.category_efforts, x.effort_categories, e.category, at);
        }
        for (std::size_t si = 0; si < country.statistics.size(); ++si)
            if (const auto& m = country.statistics[si].source_meeting)
                add_one(b.meeting_statistics, x.meetings, *m, StatisticAt{ci, si});
    }
    for (std::size_t si = 0; si < c.case_studies.size(); ++si) {
        const auto& s = c.case_studies[si];
        add_all(b.country_case_studies, x.countries, s.countries, si);
        add_all(b.partner_case_studies, x.partners, s.partners, si);
        const auto& by = s.submitted_by;
        add_one(by.kind == Party::Kind::country ? b.country_case_studies : b.partner_case_studies,
                by.kind == Party::Kind::country ? x.countries : x.partners, by.ref, si);
        add_all(b.meeting_case_studies, x.meetings, s.meetings, si);
        add_all(b.guideline_case_studies, x.guidelines, s.guidelines, si);
        add_all(b.theme_case_studies, x.themes, s.themes, si);
        add_all(b.audience_case_studies, x.audiences, s.audiences, si);
        add_all(b.region_case_studies, x.regions, s.regions, si);
        for (const auto& r : s.countries)
            if (auto ci = x.countries.find(r.id))
                add_one(b.region_case_studies, x.regions, c.countries[*ci].region, si);
    }
    for (std::size_t mi = 0; mi < c.meetings.size(); ++mi) {
        const auto& m = c.meetings[mi];
        if (m.chair_country) add_one(b.country_chaired_meetings, x.countries, *m.chair_country, mi);
        for (std::size_t k = 0; k < m.contributions.size(); ++k) {
            const auto& by = m.contributions[k].by;
            add_one(
                by.kind == Party::Kind::country ? b.country_contributions : b.partner_contributions,
                by.kind == Party::Kind::country ? x.countries : x.partners, by.ref,
                ContributionAt{mi, k});
        }
    }
    for (std::size_t pi = 0; pi < c.partners.size(); ++pi)
        add_one(b.kind_partners, x.partner_kinds, c.partners[pi].kind, pi);

    // A case study that names its submitter twice is listed once.
    for (auto* lists : {&b.country_case_studies, &b.partner_case_studies, &b.region_case_studies})
        for (auto& list : *lists) unique(list);
    return b;
}

}  // namespace copsite
