#include "load/load_entries.h"

namespace copsite {

Partner load_partner(toml::table& doc, SourceFile& file, Origin origin) {
    TableReader r(doc, file, "a partner");
    Partner p;
    p.origin = std::move(origin);
    p.name = r.text("name", Need::required);
    p.kind = r.ref("kind", Need::required).value_or(Ref{});
    p.summary = r.text("summary", Need::required);
    p.body = r.markdown("body", Need::optional, p.body_pos);
    p.url = r.url("url", Need::optional);
    r.finish();
    return p;
}

}  // namespace copsite
