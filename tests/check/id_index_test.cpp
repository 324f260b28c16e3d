#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/id_index.h"

using copsite::IdMap;

TEST_CASE("an id map finds every id it was given, through every growth of its table") {
    IdMap map;
    std::vector<std::string> added;
    for (std::size_t i = 0; i < 5000; ++i) {
        added.push_back("case-study-" + std::to_string(i * 7919 % 10007));
        map.add(added.back(), 3 * i);
        // Everything added so far, also right after the table grew.
        if ((i & (i + 1)) == 0)
            for (std::size_t k = 0; k <= i; ++k) REQUIRE(map.find(added[k]) == 3 * k);
    }
    for (std::size_t k = 0; k < added.size(); ++k) CHECK(map.find(added[k]) == 3 * k);
    CHECK(map.ids() == added);
}

TEST_CASE("an id map finds nothing for an id it was not given") {
    IdMap map;
    CHECK_FALSE(map.find("anything"));
    CHECK_FALSE(map.find(""));
    map.add("safer-internet-day", 0);
    map.add("hotline-network", 1);
    CHECK_FALSE(map.find("safer-internet"));
    CHECK_FALSE(map.find("safer-internet-day "));
    CHECK_FALSE(map.find("Hotline-network"));
    CHECK_FALSE(map.find(""));
}

TEST_CASE("an id map keeps the first index of an id given twice, and lists it once") {
    IdMap map;
    map.add("POL", 4);
    map.add("DEU", 5);
    map.add("POL", 9);
    CHECK(map.find("POL") == 4u);
    CHECK(map.find("DEU") == 5u);
    CHECK(map.ids() == std::vector<std::string>{"POL", "DEU"});
}

TEST_CASE("an id map tells apart ids whose bytes differ anywhere") {
    IdMap map;
    const std::vector<std::string> ids = {"a",   "ab",  "ba", "abc", "abd",
                                          "a-b", "ab-", "",   "é",   "e\xCC\x81"};
    for (std::size_t i = 0; i < ids.size(); ++i) map.add(ids[i], i);
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(map.find(ids[i]) == i);
}
