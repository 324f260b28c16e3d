#pragma once

#include <string>
#include <vector>

// The theme's world map (theme/data/world-map.tsv) as plain data: one shape
// per ISO 3166 alpha-3 code, in the map's own coordinates.
namespace copsite {

struct MapShape {
    std::string code;       // "POL"
    bool is_point = false;  // a state too small for the shapes: only a centre
    std::string path;       // SVG path data (when !is_point)
    double x = 0, y = 0;    // the centre (when is_point)
};

struct WorldMap {
    std::string view_box;          // "0 0 1000 443"; empty when the theme has no map
    std::vector<MapShape> shapes;  // sorted by code, as in the file

    bool empty() const { return view_box.empty() || shapes.empty(); }
};

}  // namespace copsite
