#include <catch2/catch.hpp>

#include "scaffold/scaffold.h"

using namespace copsite;

namespace {

SchemaIds ids() {
    SchemaIds ids;
    ids.vocabulary.regions = {{"europe", "Europe", ""}};
    ids.member_states = {{"POL", "Poland", "europe"}, {"FRA", "France", "europe"}};
    return ids;
}

const Date kToday{2026, 11, 23};

}  // namespace

TEST_CASE("a country starter file is named after the code and filled with the name and region") {
    const auto r = scaffold_country("fra", ids(), kToday);
    REQUIRE(r.error.empty());
    CHECK(r.file.path == "content/countries/fra.toml");
    CHECK(r.file.text.starts_with("#:schema ../../schemas/country.schema.json\n"));
    CHECK(r.file.text.find("\ncode = \"FRA\"\n") != std::string::npos);
    CHECK(r.file.text.find("\nname = \"France\"\n") != std::string::npos);
    CHECK(r.file.text.find("\nregion = \"europe\"\n") != std::string::npos);
    CHECK(r.file.text.find("\nupdated = 2026-11-23\n") != std::string::npos);
    CHECK(r.file.text.find("\nsummary = \"FILL IN: ") != std::string::npos);
    CHECK(r.file.text.find("\n# validated = ") != std::string::npos);
}

TEST_CASE("a code that is no Member State's is refused with the code it probably meant") {
    CHECK(scaffold_country("XYZ", ids(), kToday).error ==
          "\"XYZ\" is not the code of an ITU Member State");
    CHECK(scaffold_country("France", ids(), kToday).hint == "the code of France is FRA");
    CHECK(scaffold_country("Frence", ids(), kToday).hint == "did you mean FRA (France)?");
}

TEST_CASE("a case study slug must be lower case with single hyphens, and a better one is offered") {
    const auto r = scaffold_case_study("My Programme!", ids(), kToday);
    CHECK(r.error == "\"My Programme!\" cannot name a case study file");
    CHECK(r.hint ==
          "use lower-case letters, digits and single hyphens: copsite new case-study my-programme");
    const auto ok = scaffold_case_study("my-programme", ids(), kToday);
    REQUIRE(ok.error.empty());
    CHECK(ok.file.path == "content/case-studies/my-programme.toml");
    CHECK(ok.file.text.starts_with("#:schema ../../schemas/case-study.schema.json\n"));
    CHECK(ok.file.text.find("\npublished = 2026-11-23\n") != std::string::npos);
    CHECK(ok.file.text.find("\n[evaluation]\n") != std::string::npos);
}

TEST_CASE("a meeting starter file takes the number, with or without the cwg-cop- prefix") {
    const auto r = scaffold_meeting("cwg-cop-19", ids());
    REQUIRE(r.error.empty());
    CHECK(r.file.path == "content/meetings/cwg-cop-19.toml");
    CHECK(r.file.text.starts_with("#:schema ../../schemas/meeting.schema.json\n"));
    CHECK(r.file.text.find("# The 19th meeting of the CWG-COP.\n") != std::string::npos);
    CHECK(r.file.text.find("\nnumber = 19\n") != std::string::npos);
    for (const auto* bad : {"019", "nineteen", "-3", "", "12345"})
        CHECK(scaffold_meeting(bad, ids()).error ==
              "\"" + std::string(bad) + "\" is not a meeting number");
}
