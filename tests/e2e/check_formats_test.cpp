#include <catch2/catch.hpp>

#include "support/fixture.h"

using namespace copsite::test;

namespace {

// The small site with four kinds of mistakes in four files, one of them with
// the characters GitHub's workflow commands must escape (% : , and a newline
// between message and hint).
std::string broken_repository(const TempDir& repo) {
    auto files = small_site();
    files["content/countries/zmb.toml"] =
        "code = \"ZMB\"\nname = \"Zambia\"\nregion = \"afrika\"\nupdated = 2014-02-21\n"
        "summary = \"s\"\nwebsite = \"https://zm\"\n";
    auto& cs = files["content/case-studies/hotline-network.toml"];
    cs.replace(cs.find("themes = [\"hotlines\"]"), 21, "themes = [\"100%, safe: yes\"]");
    files["content/case-studies/Hotlines.toml"] = "title = \"x\"\n";
    files["content/partners/insafe.toml"] = "name = \"Insafe\nkind = \"ngo\"\n";
    repo.write(files);
    return "check --root '" + repo.path().string() + "'";
}

}  // namespace

TEST_CASE("copsite check --format github prints one annotation per error, escaped for GitHub") {
    TempDir repo;
    const auto r = run_copsite(broken_repository(repo) + " --format github");
    CHECK(r.exit_code == 1);
    CHECK(r.out ==
          "::error file=content/case-studies/Hotlines.toml,line=1,title=copsite%3A "
          "bad-file-name::the file name \"Hotlines.toml\" is not a valid case-study id%0Ause "
          "lower-case letters, digits and single hyphens, e.g. safer-internet-day.toml\n"
          "::error "
          "file=content/case-studies/hotline-network.toml,line=8,col=11,title=copsite%3A "
          "unknown-id::unknown theme \"100%25, safe: yes\"%0AThe theme ids are [themes] in "
          "content/vocabulary.toml.\n"
          "::error file=content/countries/zmb.toml,line=3,col=10,title=copsite%3A "
          "unknown-id::unknown region \"afrika\"%0Adid you mean \"africa\"? The region ids are "
          "[regions] in content/vocabulary.toml.\n"
          "::error file=content/countries/zmb.toml,line=6,col=1,title=copsite%3A "
          "unknown-key::unknown key \"website\" in a country profile%0Athe keys a country "
          "profile can have are: code, name, region, updated, validated, summary, body, "
          "efforts, statistics\n"
          "::error file=content/partners/insafe.toml,line=1,col=15,title=copsite%3A "
          "toml-syntax::this is not valid TOML: Error while parsing string: unescaped control "
          "characters other than TAB (U+0009) are explicitly prohibited%0Aa text value ends "
          "with a closing \" on the same line; write \"\"\" … \"\"\" around text that spans "
          "several lines\n");
    // The log shows every error in full; GitHub shows only 10 annotations a step.
    CHECK(r.err == run_copsite(broken_repository(repo)).err);
}

TEST_CASE("copsite check --format json lists file, line, column, rule, message and hint") {
    TempDir repo;
    const auto r = run_copsite(broken_repository(repo) + " --format json");
    CHECK(r.exit_code == 1);
    CHECK(r.out ==
          "[\n"
          "  {\"file\": \"content/case-studies/Hotlines.toml\", \"line\": 0, \"column\": 0, "
          "\"rule\": \"bad-file-name\", \"message\": \"the file name \\\"Hotlines.toml\\\" is "
          "not a valid case-study id\", \"hint\": \"use lower-case letters, digits and single "
          "hyphens, e.g. safer-internet-day.toml\"},\n"
          "  {\"file\": \"content/case-studies/hotline-network.toml\", \"line\": 8, "
          "\"column\": 11, \"rule\": \"unknown-id\", \"message\": \"unknown theme \\\"100%, "
          "safe: yes\\\"\", \"hint\": \"The theme ids are [themes] in "
          "content/vocabulary.toml.\"},\n"
          "  {\"file\": \"content/countries/zmb.toml\", \"line\": 3, \"column\": 10, \"rule\": "
          "\"unknown-id\", \"message\": \"unknown region \\\"afrika\\\"\", \"hint\": \"did you "
          "mean \\\"africa\\\"? The region ids are [regions] in content/vocabulary.toml.\"},\n"
          "  {\"file\": \"content/countries/zmb.toml\", \"line\": 6, \"column\": 1, \"rule\": "
          "\"unknown-key\", \"message\": \"unknown key \\\"website\\\" in a country profile\", "
          "\"hint\": \"the keys a country profile can have are: code, name, region, updated, "
          "validated, summary, body, efforts, statistics\"},\n"
          "  {\"file\": \"content/partners/insafe.toml\", \"line\": 1, \"column\": 15, "
          "\"rule\": \"toml-syntax\", \"message\": \"this is not valid TOML: Error while "
          "parsing string: unescaped control characters other than TAB (U+0009) are explicitly "
          "prohibited\", \"hint\": \"a text value ends with a closing \\\" on the same line; "
          "write \\\"\\\"\\\" … \\\"\\\"\\\" around text that spans several lines\"}\n"
          "]\n");
    CHECK(r.err == "5 errors in 4 files.\n");
}

TEST_CASE("copsite check keeps its human format for the same errors") {
    TempDir repo;
    const auto r = run_copsite(broken_repository(repo));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "content/case-studies/Hotlines.toml: error: the file name \"Hotlines.toml\" is not a "
          "valid case-study id\n"
          "  hint: use lower-case letters, digits and single hyphens, e.g. "
          "safer-internet-day.toml\n"
          "content/case-studies/hotline-network.toml:8:11: error: unknown theme \"100%, safe: "
          "yes\"\n"
          "  8 | themes = [\"100%, safe: yes\"]\n"
          "    |           ^\n"
          "  hint: The theme ids are [themes] in content/vocabulary.toml.\n"
          "content/countries/zmb.toml:3:10: error: unknown region \"afrika\"\n"
          "  3 | region = \"afrika\"\n"
          "    |          ^\n"
          "  hint: did you mean \"africa\"? The region ids are [regions] in "
          "content/vocabulary.toml.\n"
          "content/countries/zmb.toml:6:1: error: unknown key \"website\" in a country "
          "profile\n"
          "  6 | website = \"https://zm\"\n"
          "    | ^\n"
          "  hint: the keys a country profile can have are: code, name, region, updated, "
          "validated, summary, body, efforts, statistics\n"
          "content/partners/insafe.toml:1:15: error: this is not valid TOML: Error while "
          "parsing string: unescaped control characters other than TAB (U+0009) are explicitly "
          "prohibited\n"
          "  1 | name = \"Insafe\n"
          "    |               ^\n"
          "  hint: a text value ends with a closing \" on the same line; write \"\"\" … \"\"\" "
          "around text that spans several lines\n"
          "5 errors in 4 files.\n");
}

TEST_CASE("every check format says so when the content has no problem") {
    TempDir repo;
    repo.write(small_site());
    const auto root = "check --root '" + repo.path().string() + "'";
    const auto human = run_copsite(root);
    CHECK(human.exit_code == 0);
    CHECK(human.out == "No problems found.\n");
    const auto github = run_copsite(root + " --format github");
    CHECK(github.exit_code == 0);
    CHECK(github.out.empty());
    CHECK(github.err == "No problems found.\n");
    const auto json = run_copsite(root + " --format json");
    CHECK(json.exit_code == 0);
    CHECK(json.out == "[]\n");
    CHECK(json.err == "No problems found.\n");
}

TEST_CASE("an unknown check format is a usage error") {
    const auto r = run_copsite("check --format xml");
    CHECK(r.exit_code == 2);
    CHECK(r.err.starts_with("copsite: --format must be human, github or json, not \"xml\"\n"));
}
