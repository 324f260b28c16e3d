#pragma once

#include <string>

#include "render/explorer.h"

// case-studies/explorer.json, read by explorer.js on the case-studies index:
//
//   {"version": 1,
//    "facets": [{"key": "theme", "label": "Theme", "values": [[id, name], …]}, …],
//    "items": [[title, url, iso date, human date, submitted by, summary,
//               [[value positions of facet 0], [of facet 1], …]], …]}
//
// Items are newest first; values are positions in their facet's list.
namespace copsite {

std::string explorer_json(const SiteContext& ctx, const ExplorerData& data);

}  // namespace copsite
