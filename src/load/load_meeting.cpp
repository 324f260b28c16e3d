#include "load/load_entries.h"

namespace copsite {

namespace {

Document load_document(toml::table& t, SourceFile& file) {
    TableReader r(t, file, "a document ([[documents]])");
    Document d;
    d.symbol = r.text("symbol", Need::optional);
    d.title = r.text("title", Need::required);
    d.url = r.url("url", Need::optional);
    r.finish();
    return d;
}

Contribution load_contribution(toml::table& t, SourceFile& file) {
    TableReader r(t, file, "a contribution ([[contributions]])");
    Contribution c;
    if (auto by = r.party("by", Need::required)) c.by = *by;
    c.presenter = r.text("presenter", Need::optional);
    c.title = r.text("title", Need::required);
    c.summary = r.markdown("summary", Need::optional, c.summary_pos);
    r.finish();
    return c;
}

// The recorded figure covers the listed contributions, so it cannot be smaller.
void check_contribution_count(toml::table& doc, const Meeting& m, SourceFile& file) {
    if (!m.contribution_count || *m.contribution_count >= static_cast<int>(m.contributions.size()))
        return;
    const auto listed = std::to_string(m.contributions.size());
    file.error(pos_of(*doc.get("contribution_count")), "contribution-count-too-low",
               "contribution_count " + std::to_string(*m.contribution_count) +
                   " is less than the " + listed + " [[contributions]] listed",
               "give the number of contributions the records give (at least " + listed +
                   "), or remove contribution_count to count the listed ones");
}

}  // namespace

Meeting load_meeting(toml::table& doc, SourceFile& file, Origin origin) {
    TableReader r(doc, file, "a meeting");
    Meeting m;
    m.origin = std::move(origin);
    m.number = r.integer("number", Need::required).value_or(0);
    if (m.number > 0 && m.origin.id != "cwg-cop-" + std::to_string(m.number))
        file.error(pos_of(*doc.get("number")), "number-mismatch",
                   "number " + std::to_string(m.number) + " does not match the file name " +
                       m.origin.id + ".toml",
                   "the file of meeting " + std::to_string(m.number) + " must be named cwg-cop-" +
                       std::to_string(m.number) + ".toml");
    m.date = r.date("date", Need::required).value_or(Date{});
    m.venue = r.text("venue", Need::optional);
    m.format = r.choice("format", Need::optional, {"in-person", "hybrid", "virtual"});
    m.chair = r.text("chair", Need::optional);
    m.chair_country = r.ref("chair_country", Need::optional);
    m.opened_by = r.text("opened_by", Need::optional);
    m.participants = r.integer("participants", Need::optional);
    m.participants_note = r.text("participants_note", Need::optional);
    m.contribution_count = r.integer("contribution_count", Need::optional);
    m.summary = r.text("summary", Need::required);
    m.body = r.markdown("body", Need::optional, m.body_pos);
    for (auto& [text, pos] : r.markdown_list("outcomes", Need::optional)) {
        m.outcomes.push_back(std::move(text));
        m.outcome_pos.push_back(pos);
    }
    for (auto* t : r.tables("documents", Need::optional))
        m.documents.push_back(load_document(*t, file));
    for (auto* t : r.tables("contributions", Need::optional))
        m.contributions.push_back(load_contribution(*t, file));
    check_contribution_count(doc, m, file);
    r.finish();
    return m;
}

}  // namespace copsite
