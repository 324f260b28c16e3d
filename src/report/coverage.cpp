#include "report/coverage.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace copsite {

namespace {

void find_missing_profiles(const Content& c, Coverage& out) {
    out.member_states_known = !c.member_states.empty();
    out.member_states = c.member_states.size();
    std::set<std::string> profiled;
    for (const auto& country : c.countries) profiled.insert(country.code);
    for (const auto& state : c.member_states) {
        if (profiled.count(state.code))
            ++out.member_states_profiled;
        else
            out.without_profile.push_back(state);
    }
    std::stable_sort(out.without_profile.begin(), out.without_profile.end(),
                     [](const MemberState& a, const MemberState& b) {
                         return std::tie(a.region, a.name) < std::tie(b.region, b.name);
                     });
}

void find_due_profiles(const Content& c, Coverage& out) {
    for (std::size_t i = 0; i < c.countries.size(); ++i) {
        const auto& country = c.countries[i];
        const bool update_due = more_than_two_years_before(country.updated, out.today);
        const bool validation_due =
            !country.validated || more_than_two_years_before(*country.validated, out.today);
        if (update_due || validation_due)
            out.due_profiles.push_back({i, update_due, validation_due});
    }
}

std::vector<ThinSet> thin_sets(const std::vector<Indices>& case_studies_of) {
    std::vector<ThinSet> out;
    for (std::size_t i = 0; i < case_studies_of.size(); ++i)
        if (case_studies_of[i].size() < kFewCaseStudies)
            out.push_back({i, case_studies_of[i].size()});
    return out;
}

}  // namespace

Date newest_content_date(const Content& c) {
    Date newest;
    for (const auto& m : c.meetings) newest = std::max(newest, m.date);
    for (const auto& x : c.countries) newest = std::max(newest, x.updated);
    for (const auto& x : c.case_studies) newest = std::max(newest, x.updated.value_or(x.published));
    return newest;
}

Coverage compute_coverage(const LinkedContent& site, Date today, bool today_given) {
    const auto& c = site.content;
    const auto& b = site.backlinks;
    Coverage out;
    out.today = today;
    out.today_given = today_given;
    find_missing_profiles(c, out);
    find_due_profiles(c, out);
    out.thin_guidelines = thin_sets(b.guideline_case_studies);
    out.thin_themes = thin_sets(b.theme_case_studies);
    for (std::size_t i = 0; i < c.partners.size(); ++i)
        if (b.partner_case_studies[i].empty() && b.partner_contributions[i].empty())
            out.unlinked_partners.push_back(i);
    for (std::size_t i = 0; i < c.meetings.size(); ++i)
        if (b.meeting_case_studies[i].empty() && b.meeting_efforts[i].empty())
            out.unlinked_meetings.push_back({i, c.meetings[i].contributions.size()});
    return out;
}

}  // namespace copsite
