#include "load/load_entries.h"

namespace copsite {

CaseStudy load_case_study(toml::table& doc, SourceFile& file, Origin origin) {
    TableReader r(doc, file, "a case study");
    CaseStudy c;
    c.origin = std::move(origin);
    c.title = r.text("title", Need::required);
    c.summary = r.text("summary", Need::required);
    c.published = r.date("published", Need::required).value_or(Date{});
    c.updated = r.date("updated", Need::optional);
    if (auto by = r.party("submitted_by", Need::required)) c.submitted_by = *by;
    c.scope = r.choice("scope", Need::required, {"national", "regional", "international"});
    c.countries = r.refs("countries", Need::optional);
    c.regions = r.refs("regions", Need::optional);
    c.partners = r.refs("partners", Need::optional);
    c.themes = r.refs("themes", Need::required);
    c.audiences = r.refs("audiences", Need::optional);
    c.guidelines = r.refs("guidelines", Need::optional);
    c.meetings = r.refs("meetings", Need::optional);
    c.body = r.markdown("body", Need::required, c.body_pos, &c.body_span);
    if (auto* t = r.table("evaluation", Need::optional)) {
        TableReader er(*t, file, "an evaluation");
        Evaluation e;
        e.method = er.text("method", Need::required);
        e.findings = er.markdown("findings", Need::required, e.findings_pos);
        er.finish();
        c.evaluation = std::move(e);
    }
    c.links = r.links("links");
    r.finish();
    return c;
}

}  // namespace copsite
