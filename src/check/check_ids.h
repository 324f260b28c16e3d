#pragma once

#include "core/diagnostic.h"
#include "model/content.h"

namespace copsite {

// Two files of one kind with the same id would be published at the same
// address (e.g. case-studies/x.toml and case-studies/2020/x.toml).
void check_unique_ids(const Content& content, Diagnostics& diagnostics);

}  // namespace copsite
