#pragma once

#include "check/id_index.h"
#include "core/diagnostic.h"
#include "model/content.h"

namespace copsite {

// Two files of one kind with the same id would be published at the same
// address (e.g. case-studies/x.toml and case-studies/2020/x.toml). `index`
// (index_ids of the same content) maps each id to the first file that has it.
void check_unique_ids(const Content& content, const IdIndex& index, Diagnostics& diagnostics);

}  // namespace copsite
