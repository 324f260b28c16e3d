#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/world_map.h"

// The map of Member States with a profile, as inline SVG: every profiled
// state a link to its page, shaded by how many efforts it reports; the rest
// of the world drawn as one unlinked background shape. Colours come from CSS
// classes (map-l0 … map-l3), never from style attributes.
namespace copsite {

struct MapCountry {
    std::string code;  // ISO 3166 alpha-3, upper case
    std::string name;
    std::string url;
    std::size_t efforts = 0;
};

struct MapLevel {
    std::string css_class;  // "map-l2"
    std::string label;      // "2 efforts"
};

// The shading steps, lightest first; map_level gives the step of a count.
const std::vector<MapLevel>& map_levels();
std::size_t map_level(std::size_t efforts);

struct MapSvg {
    std::string svg;                    // empty when the map has no shapes
    std::vector<std::string> unmapped;  // codes of countries the map has no shape for
};

// `id` prefixes the ids of the SVG's title and description, unique on the page.
MapSvg world_map_svg(const WorldMap& map, const std::vector<MapCountry>& countries,
                     const std::string& id);

}  // namespace copsite
