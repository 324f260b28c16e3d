#include "check/resolve_refs.h"

#include "core/edit_distance.h"
#include "core/text.h"

namespace copsite {

namespace {

// What a reference can point at: its index, and how to talk about it.
struct Target {
    const IdMap& ids;
    const char* what;   // "meeting"
    const char* where;  // "the files in content/meetings/"
};

class RefChecker {
  public:
    RefChecker(const IdIndex& index, Diagnostics& diagnostics)
        : diagnostics_(diagnostics),
          country{index.countries, "country",
                  "the files in content/countries/ (codes in upper case)"},
          meeting{index.meetings, "meeting", "the files in content/meetings/"},
          guideline{index.guidelines, "guideline set", "the files in content/guidelines/"},
          partner{index.partners, "partner", "the files in content/partners/"},
          region{index.regions, "region", "[regions] in content/vocabulary.toml"},
          theme{index.themes, "theme", "[themes] in content/vocabulary.toml"},
          category{index.effort_categories, "effort category",
                   "[effort_categories] in content/vocabulary.toml"},
          audience{index.audiences, "audience", "[audiences] in content/vocabulary.toml"},
          partner_kind{index.partner_kinds, "partner kind",
                       "[partner_kinds] in content/vocabulary.toml"} {}

    void check(const std::string& file, const Ref& ref, const Target& target) {
        if (ref.id.empty() && ref.pos.line == 0) return;  // already reported as missing
        if (target.ids.find(ref.id)) return;
        std::string hint;
        if (auto near = closest_match(ref.id, target.ids.ids()); near && *near != ref.id)
            hint = "did you mean \"" + *near + "\"? ";
        if (&target == &country && target.ids.find(upper(ref.id)))
            hint = "country codes are written in upper case: \"" + upper(ref.id) + "\". ";
        hint += std::string("The ") + target.what + " ids are " + target.where + ".";
        diagnostics_.error(file, ref.pos, "unknown-id",
                           std::string("unknown ") + target.what + " \"" + ref.id + "\"", hint);
    }
    void check(const std::string& file, const std::vector<Ref>& refs, const Target& target) {
        for (const auto& r : refs) check(file, r, target);
    }
    void check(const std::string& file, const Party& party) {
        check(file, party.ref, party.kind == Party::Kind::country ? country : partner);
    }

  private:
    Diagnostics& diagnostics_;

  public:
    const Target country, meeting, guideline, partner, region, theme, category, audience,
        partner_kind;
};

}  // namespace

void resolve_refs(const Content& c, const IdIndex& index, Diagnostics& diagnostics) {
    RefChecker r(index, diagnostics);
    for (const auto& country : c.countries) {
        const auto& f = country.origin.file;
        r.check(f, country.region, r.region);
        for (const auto& e : country.efforts) {
            r.check(f, e.category, r.category);
            r.check(f, e.themes, r.theme);
            r.check(f, e.guidelines, r.guideline);
            r.check(f, e.meetings, r.meeting);
        }
        for (const auto& s : country.statistics)
            if (s.source_meeting) r.check(f, *s.source_meeting, r.meeting);
    }
    for (const auto& cs : c.case_studies) {
        const auto& f = cs.origin.file;
        r.check(f, cs.submitted_by);
        r.check(f, cs.countries, r.country);
        r.check(f, cs.regions, r.region);
        r.check(f, cs.partners, r.partner);
        r.check(f, cs.themes, r.theme);
        r.check(f, cs.audiences, r.audience);
        r.check(f, cs.guidelines, r.guideline);
        r.check(f, cs.meetings, r.meeting);
    }
    for (const auto& m : c.meetings) {
        if (m.chair_country) r.check(m.origin.file, *m.chair_country, r.country);
        for (const auto& contribution : m.contributions) r.check(m.origin.file, contribution.by);
    }
    for (const auto& g : c.guidelines)
        if (g.audience) r.check(g.origin.file, *g.audience, r.audience);
    for (const auto& p : c.partners) r.check(p.origin.file, p.kind, r.partner_kind);
}

}  // namespace copsite
