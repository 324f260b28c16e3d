#pragma once

#include <string>
#include <string_view>

// Shrinks SVG path data for inline maps: coordinates rounded to whole units
// of the viewBox (a pixel at 1000 px wide), repeated points dropped, rings
// that collapse to less than a triangle left out.
namespace copsite {

struct Box {
    int min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    int width() const { return max_x - min_x; }
    int height() const { return max_y - min_y; }
};

struct CompactPath {
    std::string d;  // empty if every ring collapsed
    Box box;        // of the rounded points; meaningful only when d is not empty
};

// REQUIRES: `d` uses only M/m (absolute or relative move), l (relative line
// segments) and z, as tools/world-map writes it.
CompactPath compact_path(std::string_view d);

}  // namespace copsite
