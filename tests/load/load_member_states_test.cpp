#include <catch2/catch.hpp>

#include "load/load_member_states.h"
#include "support/check_helpers.h"

using namespace copsite;
using namespace copsite::test;

TEST_CASE("the Member States list is read into code, name and region, sorted by code") {
    Diagnostics d;
    const auto states = parse_member_states(
        "#code\tname\tregion\nZMB\tZambia\tafrica\r\nPOL\tPoland\teurope\n\n", "data/m.tsv", d);
    CHECK(d.empty());
    REQUIRE(states.size() == 2);
    CHECK(states[0].code == "POL");
    CHECK(states[0].name == "Poland");
    CHECK(states[0].region == "europe");
    CHECK(states[1].region == "africa");  // the \r of a CRLF line is not part of the region
}

TEST_CASE("a malformed Member States line is reported at its line and left out") {
    Diagnostics d;
    const auto states = parse_member_states(
        "#code\tname\tregion\nPOL Poland europe\npol\tPoland\teurope\nZMB\tZambia\tafrica\n"
        "ZMB\tZambia\tafrica\n",
        "data/member-states.tsv", d);
    CHECK(states.size() == 1);
    const auto problems = d.sorted();
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].pos.line == 2);
    CHECK(problems[0].message == "a Member State line needs three fields separated by tabs");
    CHECK(problems[1].pos.line == 3);
    CHECK(problems[1].message == "\"pol\" is not an ISO 3166-1 alpha-3 code");
    CHECK(problems[2].pos.line == 5);
    CHECK(problems[2].rule == "duplicate-id");
}

TEST_CASE("a Member State name with a character no page may contain is reported there") {
    Diagnostics d;
    const auto states =
        parse_member_states("POL\tPoland\teurope\nCIV\tC\xC3\xB4te d'Ivoire\xC2\x85\tafrica\n",
                            "data/member-states.tsv", d);
    CHECK(states.size() == 1);
    const auto problems = d.sorted();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pos == SourcePos{2, 18});  // after "CIV<TAB>Côte d'Ivoire"
    CHECK(problems[0].rule == "forbidden-character");
    CHECK(problems[0].message ==
          "this line contains U+0085, a character that web pages must not contain");
}

TEST_CASE("the content loads the Member States list when the repository has one") {
    CHECK(load_content(MemoryFileSystem(small_site()), 1).content.member_states.empty());
    auto files = with(small_site(), "data/member-states.tsv",
                      "#code\tname\tregion\nPOL\tPoland\teurope\nDEU\tGermany\teurope\n");
    const auto loaded = load_content(MemoryFileSystem(files), 1);
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.content.member_states.size() == 2);
    CHECK(loaded.content.member_states[0].name == "Germany");
}

TEST_CASE("the shipped Member States list has the 193 Member States and no errors") {
    DiskFileSystem files(COPSITE_SOURCE_DIR);
    Diagnostics d;
    const auto states = parse_member_states(*files.read(kMemberStatesPath), kMemberStatesPath, d);
    CHECK(d.empty());
    CHECK(states.size() == 193);
}
