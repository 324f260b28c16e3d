#include "check/check_content.h"

#include "check/check_ids.h"
#include "check/resolve_refs.h"
#include "core/parallel.h"

namespace copsite {

LinkedContent check_and_link(Content content, Diagnostics& diagnostics, unsigned threads) {
    LinkedContent out{std::move(content), {}, {}};
    out.index = index_ids(out.content);
    // Both read the index; one writes problems, the other the backlinks.
    Diagnostics problems;
    parallel_for(2, threads, [&](std::size_t task) {
        if (task == 0) {
            check_unique_ids(out.content, out.index, problems);
            resolve_refs(out.content, out.index, problems);
        } else {
            out.backlinks = build_backlinks(out.content, out.index);
        }
    });
    diagnostics.append(std::move(problems));
    return out;
}

}  // namespace copsite
