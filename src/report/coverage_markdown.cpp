#include "report/coverage_markdown.h"

#include <string_view>

namespace copsite {

namespace {

// "no case study", "1 case study", "2 case studies"
std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    if (n == 0) return "no " + std::string(one);
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string section(std::string_view title, std::size_t n) {
    return "\n## " + std::string(title) + " (" + std::to_string(n) + ")\n\n";
}

std::string file(const std::string& path) {
    return "`" + path + "`";
}

std::string missing_profiles(const Coverage& cov, const Content& c) {
    if (!cov.member_states_known)
        return "\n## Member States without a profile\n\nUnknown: the repository has no "
               "data/member-states.tsv.\n";
    std::string out = section("Member States without a profile", cov.without_profile.size());
    if (cov.without_profile.empty()) return out + "None: every Member State has a profile.\n";
    out += "Start one with `copsite new country CODE`.\n\n";
    for (std::size_t i = 0; i < cov.without_profile.size();) {
        const auto& region = cov.without_profile[i].region;
        std::size_t end = i;
        while (end < cov.without_profile.size() && cov.without_profile[end].region == region) ++end;
        out += "- **" + region_name(c, region) + "** (" + std::to_string(end - i) + "): ";
        for (std::size_t k = i; k < end; ++k)
            out += (k > i ? ", " : "") + cov.without_profile[k].name + " (" +
                   cov.without_profile[k].code + ")";
        out += "\n";
        i = end;
    }
    return out;
}

std::string due_profiles(const Coverage& cov, const Content& c) {
    std::string out =
        section("Profiles due for an update or a validation", cov.due_profiles.size());
    out += "Last updated, or validated by the Member State, more than two years before " +
           cov.today.iso() + ".\n\n";
    if (cov.due_profiles.empty()) return out + "None.\n";
    out += "| Profile | File | Last updated | Validated | Due |\n|---|---|---|---|---|\n";
    for (const auto& due : cov.due_profiles) {
        const auto& x = c.countries[due.country];
        const std::string what = due.update_due && due.validation_due ? "update and validation"
                                 : due.update_due                     ? "update"
                                                                      : "validation";
        out += "| " + x.name + " | " + file(x.origin.file) + " | " + x.updated.iso() + " | " +
               (x.validated ? x.validated->iso() : std::string("never")) + " | " + what + " |\n";
    }
    return out;
}

template <class Entry, class Name>
std::string thin_sets(std::string_view title, const std::vector<ThinSet>& sets,
                      const std::vector<Entry>& entries, Name name) {
    std::string out = section(title, sets.size());
    if (sets.empty()) return out + "None.\n";
    for (const auto& s : sets)
        out += "- " + name(entries[s.index]) + ": " +
               plural(s.case_studies, "case study", "case studies") + "\n";
    return out;
}

std::string unlinked_partners(const Coverage& cov, const Content& c) {
    std::string out = section("Partners with no linked entry", cov.unlinked_partners.size());
    out += "No case study involves them and no meeting records a contribution by them.\n\n";
    if (cov.unlinked_partners.empty()) return out + "None.\n";
    for (const auto i : cov.unlinked_partners)
        out += "- " + c.partners[i].name + " (" + file(c.partners[i].origin.file) + ")\n";
    return out;
}

std::string unlinked_meetings(const Coverage& cov, const Content& c) {
    std::string out = section("Meetings with no linked contribution", cov.unlinked_meetings.size());
    out += "No case study or country effort names these meetings.\n\n";
    if (cov.unlinked_meetings.empty()) return out + "None.\n";
    for (const auto& u : cov.unlinked_meetings) {
        const auto& m = c.meetings[u.meeting];
        out += "- Meeting " + std::to_string(m.number) + ", " + m.date.iso() + " (" +
               file(m.origin.file) +
               "): " + plural(u.contributions, "contribution", "contributions") + " recorded\n";
    }
    return out;
}

std::string of(std::size_t part, std::size_t whole) {
    return std::to_string(part) + " of " + std::to_string(whole);
}

std::string summary(const Coverage& cov, const Content& c) {
    std::string out = "| What | How many |\n|---|---|\n";
    out += "| Member States with a profile | " +
           (cov.member_states_known ? of(cov.member_states_profiled, cov.member_states)
                                    : std::string("unknown")) +
           " |\n";
    out += "| Profiles due for an update or a validation | " +
           of(cov.due_profiles.size(), c.countries.size()) + " |\n";
    out += "| Guideline sets with fewer than " + std::to_string(kFewCaseStudies) +
           " case studies | " + of(cov.thin_guidelines.size(), c.guidelines.size()) + " |\n";
    out += "| Themes with fewer than " + std::to_string(kFewCaseStudies) + " case studies | " +
           of(cov.thin_themes.size(), c.vocabulary.themes.size()) + " |\n";
    out += "| Partners with no linked entry | " +
           of(cov.unlinked_partners.size(), c.partners.size()) + " |\n";
    out += "| Meetings with no linked contribution | " +
           of(cov.unlinked_meetings.size(), c.meetings.size()) + " |\n";
    return out;
}

}  // namespace

std::string region_name(const Content& content, const std::string& id) {
    for (const auto& r : content.vocabulary.regions)
        if (r.id == id) return r.name;
    return id;
}

std::string coverage_markdown(const Coverage& cov, const Content& c) {
    std::string out = "# Coverage of the repository\n\n";
    out +=
        "Reference date: " + cov.today.iso() +
        (cov.today_given ? " (given with --today).\n\n" : " (the newest date in the content).\n\n");
    out += summary(cov, c);
    out += missing_profiles(cov, c);
    out += due_profiles(cov, c);
    const auto few = "fewer than " + std::to_string(kFewCaseStudies) + " case studies";
    out += thin_sets("Guideline sets with " + few, cov.thin_guidelines, c.guidelines,
                     [](const Guideline& g) { return g.title + " (" + file(g.origin.file) + ")"; });
    out += thin_sets("Themes with " + few, cov.thin_themes, c.vocabulary.themes,
                     [](const VocabularyEntry& t) { return t.name + " (`" + t.id + "`)"; });
    out += unlinked_partners(cov, c);
    out += unlinked_meetings(cov, c);
    return out;
}

}  // namespace copsite
