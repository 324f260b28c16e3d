#include "render/world_map_svg.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include <pugixml.hpp>

#include "render/svg_path.h"

namespace copsite {

namespace {

// A shape smaller than this (in viewBox units, about pixels at full width)
// also gets a round marker, so that it can be seen and clicked.
constexpr int kSmallShape = 6;
constexpr int kMarkerRadius = 6;

std::string efforts_text(std::size_t n) {
    if (n == 0) return "no efforts recorded yet";
    return std::to_string(n) + (n == 1 ? " national effort" : " national efforts");
}

void add_marker(pugi::xml_node parent, double x, double y) {
    auto c = parent.append_child("circle");
    c.append_attribute("class") = "map-marker";
    c.append_attribute("cx") = static_cast<long long>(std::lround(x));
    c.append_attribute("cy") = static_cast<long long>(std::lround(y));
    c.append_attribute("r") = kMarkerRadius;
}

void add_country(pugi::xml_node svg, const MapShape& shape, const MapCountry& country) {
    auto a = svg.append_child("a");
    a.append_attribute("href") = country.url.c_str();
    a.append_attribute("class") = map_levels()[map_level(country.efforts)].css_class.c_str();
    a.append_attribute("data-code") = country.code.c_str();
    a.append_child("title").text() = (country.name + ": " + efforts_text(country.efforts)).c_str();
    if (shape.is_point) {
        add_marker(a, shape.x, shape.y);
        return;
    }
    const auto path = compact_path(shape.path);
    a.append_child("path").append_attribute("d") = path.d.c_str();
    const auto& b = path.box;
    if (path.d.empty() || (b.width() < kSmallShape && b.height() < kSmallShape))
        add_marker(a, (b.min_x + b.max_x) / 2.0, (b.min_y + b.max_y) / 2.0);
}

}  // namespace

const std::vector<MapLevel>& map_levels() {
    static const std::vector<MapLevel> levels = {
        {"map-l0", "Profile, no efforts yet"},
        {"map-l1", "1 effort"},
        {"map-l2", "2 efforts"},
        {"map-l3", "3 or more efforts"},
    };
    return levels;
}

std::size_t map_level(std::size_t efforts) {
    return std::min<std::size_t>(efforts, 3);
}

MapSvg world_map_svg(const WorldMap& map, const std::vector<MapCountry>& countries,
                     const std::string& id) {
    MapSvg out;
    std::map<std::string, const MapCountry*> by_code;
    for (const auto& c : countries) by_code.emplace(c.code, &c);
    for (const auto& c : countries) {
        bool found = false;
        for (const auto& s : map.shapes) found |= s.code == c.code;
        if (!found) out.unmapped.push_back(c.code);
    }
    if (map.empty()) return out;

    pugi::xml_document doc;
    auto svg = doc.append_child("svg");
    svg.append_attribute("class") = "world-map";
    svg.append_attribute("viewBox") = map.view_box.c_str();
    svg.append_attribute("role") = "group";
    svg.append_attribute("aria-labelledby") = (id + "-title").c_str();
    svg.append_attribute("aria-describedby") = (id + "-desc").c_str();
    auto title = svg.append_child("title");
    title.append_attribute("id") = (id + "-title").c_str();
    title.text() = "Map of the Member States with a profile";
    auto desc = svg.append_child("desc");
    desc.append_attribute("id") = (id + "-desc").c_str();
    desc.text() = (std::to_string(countries.size() - out.unmapped.size()) +
                   " Member States are shaded by the number of national efforts they report; "
                   "each one links to its profile. The tables on this page give the same "
                   "figures.")
                      .c_str();
    // The rest of the world: one shape, hidden from assistive technology.
    std::string land;
    for (const auto& s : map.shapes)
        if (!s.is_point && !by_code.count(s.code)) land += compact_path(s.path).d;
    auto background = svg.append_child("path");
    background.append_attribute("class") = "map-land";
    background.append_attribute("aria-hidden") = "true";
    background.append_attribute("d") = land.c_str();
    for (const auto& s : map.shapes)
        if (auto it = by_code.find(s.code); it != by_code.end()) add_country(svg, s, *it->second);

    std::ostringstream text;
    doc.save(text, "", pugi::format_raw | pugi::format_no_declaration);
    out.svg = text.str();
    return out;
}

}  // namespace copsite
