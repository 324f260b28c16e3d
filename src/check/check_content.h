#pragma once

#include "check/backlinks.h"
#include "check/id_index.h"
#include "core/diagnostic.h"
#include "model/content.h"

// The check-and-link stage: every rule that needs more than one field or more
// than one file, then the backlinks the pages show.
namespace copsite {

struct LinkedContent {
    Content content;
    IdIndex index;
    Backlinks backlinks;
};

// Adds every problem to `diagnostics`; the result is only safe to render when
// `diagnostics` is empty. Checks references and builds backlinks side by side
// when `threads` allows.
LinkedContent check_and_link(Content content, Diagnostics& diagnostics, unsigned threads = 1);

}  // namespace copsite
