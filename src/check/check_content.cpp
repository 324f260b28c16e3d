#include "check/check_content.h"

#include "check/check_ids.h"
#include "check/resolve_refs.h"

namespace copsite {

LinkedContent check_and_link(Content content, Diagnostics& diagnostics) {
    LinkedContent out{std::move(content), {}, {}};
    out.index = index_ids(out.content);
    check_unique_ids(out.content, out.index, diagnostics);
    resolve_refs(out.content, out.index, diagnostics);
    out.backlinks = build_backlinks(out.content, out.index);
    return out;
}

}  // namespace copsite
