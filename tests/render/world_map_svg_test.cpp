#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "render/svg_path.h"
#include "render/world_map_svg.h"

using namespace copsite;

namespace {

WorldMap three_states() {
    WorldMap map;
    map.view_box = "0 0 100 50";
    map.shapes.push_back({"AND", true, "", 50.4, 20.6});
    map.shapes.push_back({"FRA", false, "M10.2 10.4l20 0 0 19.9-20 0z", 0, 0});
    map.shapes.push_back({"POL", false, "M60 10l10.4 0 0 10-10.4 0z", 0, 0});
    return map;
}

pugi::xml_document parse(const std::string& svg) {
    pugi::xml_document doc;
    REQUIRE(doc.load_string(svg.c_str()));
    return doc;
}

}  // namespace

TEST_CASE("path data is rounded to whole units without drift along the ring") {
    // 0.4 + 0.4 + 0.4 = 1.2: rounding each step would give 0, rounding the
    // absolute points gives 1.
    const auto p = compact_path("M0 0l0.4 0 0.4 0 0.4 0 0 5-1.2 0z");
    CHECK(p.d == "M0 0l1 0 0 5-1 0z");
    CHECK(p.box.min_x == 0);
    CHECK(p.box.max_x == 1);
    CHECK(p.box.max_y == 5);
}

TEST_CASE("a ring that collapses to less than a triangle is left out") {
    CHECK(compact_path("M0 0l0.1 0.1 0.1 -0.1z").d.empty());
    CHECK(compact_path("M0 0l0.1 0.1 0.1 -0.1zM5 5l5 0 0 5z").d == "M5 5l5 0 0 5z");
}

TEST_CASE("the map links each profiled state to its page and leaves the others unlinked") {
    const auto out = world_map_svg(
        three_states(),
        {{"POL", "Poland", "/countries/pol/", 2}, {"AND", "Andorra", "/countries/and/", 0}}, "map");
    CHECK(out.unmapped.empty());
    const auto doc = parse(out.svg);
    const auto svg = doc.child("svg");
    CHECK(std::string(svg.attribute("viewBox").value()) == "0 0 100 50");
    CHECK(std::string(svg.attribute("aria-labelledby").value()) == "map-title");
    CHECK(std::string(svg.child("title").attribute("id").value()) == "map-title");
    CHECK(std::string(svg.child("desc").attribute("id").value()) == "map-desc");
    const auto links = svg.select_nodes("a");
    REQUIRE(links.size() == 2);
    // In the order of the map file: Andorra, then Poland.
    auto andorra = links[0].node();
    CHECK(std::string(andorra.attribute("href").value()) == "/countries/and/");
    CHECK(std::string(andorra.attribute("class").value()) == "map-l0");
    CHECK(std::string(andorra.child_value("title")) == "Andorra: no efforts recorded yet");
    CHECK(andorra.child("circle"));  // a point-only state gets a marker
    auto poland = links[1].node();
    CHECK(std::string(poland.attribute("href").value()) == "/countries/pol/");
    CHECK(std::string(poland.attribute("class").value()) == "map-l2");
    CHECK(std::string(poland.child_value("title")) == "Poland: 2 national efforts");
    CHECK(std::string(poland.child("path").attribute("d").value()) == "M60 10l10 0 0 10-10 0z");
    // France has no profile: it is part of the one background shape, hidden from screen readers.
    const auto land = svg.find_child_by_attribute("path", "class", "map-land");
    CHECK(std::string(land.attribute("d").value()) == "M10 10l20 0 0 20-20 0z");
    CHECK(std::string(land.attribute("aria-hidden").value()) == "true");
    CHECK(out.svg.find("style") == std::string::npos);
}

TEST_CASE("a shape too small to click gets a round marker as well") {
    WorldMap map;
    map.view_box = "0 0 100 50";
    map.shapes.push_back({"MLT", false, "M50 20l2 0 0 2-2 0z", 0, 0});
    const auto doc = parse(world_map_svg(map, {{"MLT", "Malta", "/countries/mlt/", 1}}, "m").svg);
    const auto a = doc.child("svg").child("a");
    CHECK(a.child("path"));
    const auto marker = a.child("circle");
    REQUIRE(marker);
    CHECK(std::string(marker.attribute("cx").value()) == "51");
    CHECK(std::string(marker.attribute("cy").value()) == "21");
}

TEST_CASE("a profiled state the map has no shape for is reported, not dropped silently") {
    const auto out = world_map_svg(three_states(), {{"TUV", "Tuvalu", "/countries/tuv/", 1}}, "m");
    CHECK(out.unmapped == std::vector<std::string>{"TUV"});
}

TEST_CASE("shading steps follow the number of efforts and stop at three or more") {
    CHECK(map_level(0) == 0);
    CHECK(map_level(1) == 1);
    CHECK(map_level(2) == 2);
    CHECK(map_level(3) == 3);
    CHECK(map_level(12) == 3);
    CHECK(map_levels().size() == 4);
}
