#include "load/load_entries.h"

namespace copsite {

Guideline load_guideline(toml::table& doc, SourceFile& file, Origin origin) {
    TableReader r(doc, file, "a guideline set");
    Guideline g;
    g.origin = std::move(origin);
    g.title = r.text("title", Need::required);
    g.summary = r.text("summary", Need::required);
    g.body = r.markdown("body", Need::optional, g.body_pos);
    g.url = r.url("url", Need::optional);
    g.audience = r.ref("audience", Need::optional);
    g.year = r.integer("year", Need::optional);
    r.finish();
    return g;
}

}  // namespace copsite
