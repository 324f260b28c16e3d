#include "core/text.h"
#include "load/load_entries.h"

namespace copsite {

namespace {

Effort load_effort(toml::table& t, SourceFile& file) {
    TableReader r(t, file, "an effort ([[efforts]])");
    Effort e;
    e.title = r.text("title", Need::required);
    e.category = r.ref("category", Need::required).value_or(Ref{});
    e.status = r.choice("status", Need::optional, {"proposed", "planned", "ongoing", "completed"});
    e.year = r.integer("year", Need::optional);
    e.description = r.markdown("description", Need::required, e.description_pos);
    e.themes = r.refs("themes", Need::optional);
    e.guidelines = r.refs("guidelines", Need::optional);
    e.meetings = r.refs("meetings", Need::optional);
    e.links = r.links("links");
    r.finish();
    return e;
}

Statistic load_statistic(toml::table& t, SourceFile& file) {
    TableReader r(t, file, "a statistic ([[statistics]])");
    Statistic s;
    s.label = r.text("label", Need::required);
    s.value = r.text("value", Need::required);
    s.year = r.integer("year", Need::optional);
    if (auto* source = r.table("source", Need::required)) {
        TableReader sr(*source, file, "a statistic's source");
        s.source_meeting = sr.ref("meeting", Need::optional);
        s.source_url = sr.url("url", Need::optional);
        s.source_note = sr.text("note", Need::optional);
        sr.finish();
        if (!s.source_meeting && !source->contains("url"))
            file.error(pos_of(*source), "statistic-source",
                       "a statistic's source must name a meeting or a URL",
                       "write source = { meeting = \"cwg-cop-16\" } or "
                       "source = { url = \"https://…\" }");
    }
    r.finish();
    return s;
}

}  // namespace

Country load_country(toml::table& doc, SourceFile& file, Origin origin) {
    TableReader r(doc, file, "a country profile");
    Country c;
    c.origin = std::move(origin);
    c.code = r.text("code", Need::required);
    if (!c.code.empty() && c.code != upper(c.origin.id))
        file.error(pos_of(*doc.get("code")), "code-mismatch",
                   "code \"" + c.code + "\" does not match the file name " + c.origin.id + ".toml",
                   "the file of the country with code " + c.code + " must be named " +
                       lower(c.code) + ".toml, and its code must be upper case");
    c.name = r.text("name", Need::required);
    c.region = r.ref("region", Need::required).value_or(Ref{});
    c.updated = r.date("updated", Need::required).value_or(Date{});
    c.validated = r.date("validated", Need::optional);
    c.summary = r.text("summary", Need::required);
    c.body = r.markdown("body", Need::optional, c.body_pos);
    for (auto* t : r.tables("efforts", Need::optional)) c.efforts.push_back(load_effort(*t, file));
    for (auto* t : r.tables("statistics", Need::optional))
        c.statistics.push_back(load_statistic(*t, file));
    r.finish();
    return c;
}

}  // namespace copsite
