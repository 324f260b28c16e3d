#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "load/load_world_map.h"

using namespace copsite;

TEST_CASE("a world map file gives its viewBox, its shapes and its points") {
    std::vector<std::string> errors;
    const auto map = parse_world_map(
        "#viewBox\t0 0 1000 443\nAND\tpoint\t501.5 95.5\nPOL\tpath\tM1 2l3 4 5 6z\n", errors);
    CHECK(errors.empty());
    CHECK(map.view_box == "0 0 1000 443");
    REQUIRE(map.shapes.size() == 2);
    CHECK(map.shapes[0].code == "AND");
    CHECK(map.shapes[0].is_point);
    CHECK(map.shapes[0].x == 501.5);
    CHECK(map.shapes[0].y == 95.5);
    CHECK(map.shapes[1].code == "POL");
    CHECK_FALSE(map.shapes[1].is_point);
    CHECK(map.shapes[1].path == "M1 2l3 4 5 6z");
}

TEST_CASE("a world map line that cannot be read is named by its line number") {
    std::vector<std::string> errors;
    const auto map = parse_world_map(
        "#viewBox\t0 0 10 10\nPOL\tpath\tM1 2l3 4z\nAND\tpoint\t50 x\nbroken line\n", errors);
    CHECK(map.shapes.size() == 1);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0] == "world map, line 3: cannot read the point of AND");
    CHECK(errors[1] == "world map, line 4: expected CODE<TAB>path|point<TAB>data");
}

TEST_CASE("the shipped world map reads without errors and has every profiled country") {
    std::vector<std::string> errors;
    std::string text;
    {
        std::ifstream in(std::string(COPSITE_SOURCE_DIR) + "/theme/data/world-map.tsv");
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto map = parse_world_map(text, errors);
    CHECK(errors.empty());
    CHECK(map.shapes.size() > 190);
    for (const char* code : {"POL", "ZMB", "USA", "MLT", "SGP"}) {
        INFO(code);
        CHECK(std::any_of(map.shapes.begin(), map.shapes.end(),
                          [&](const MapShape& s) { return s.code == code; }));
    }
}
