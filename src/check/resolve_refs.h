#pragma once

#include "check/id_index.h"
#include "core/diagnostic.h"
#include "model/content.h"

namespace copsite {

// Reports every reference that names nothing, with the closest existing id.
void resolve_refs(const Content& content, const IdIndex& index, Diagnostics& diagnostics);

}  // namespace copsite
