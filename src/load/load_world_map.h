#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/world_map.h"

// Reads world-map.tsv (format: tools/world-map/README.md). Lines it cannot
// read are left out and named in `errors` ("line 12: ..."), so a damaged map
// file is a theme bug the build reports rather than a broken page.
namespace copsite {

WorldMap parse_world_map(std::string_view text, std::vector<std::string>& errors);

}  // namespace copsite
