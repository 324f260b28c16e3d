#include <catch2/catch.hpp>

#include "support/fixture.h"

using namespace copsite::test;
namespace fs = std::filesystem;

namespace {

std::string theme_arg() {
    return std::string(" --theme '") + COPSITE_SOURCE_DIR + "/theme'";
}

// Replaces the first `from` in `text` with `to`; fails the test if absent.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// What a pull request might do to the small site: a new case study, a
// guideline set removed, a case study moved to another meeting, a profile
// updated.
Files changed_site() {
    auto files = small_site();
    files["content/case-studies/youth-panel.toml"] =
        "title = \"A youth panel on online safety\"\n"
        "summary = \"Young people advise the regulator.\"\npublished = 2021-05-10\n"
        "submitted_by = { country = \"POL\" }\nscope = \"national\"\ncountries = [\"POL\"]\n"
        "themes = [\"awareness\"]\nbody = \"Twelve young people meet four times a year.\"\n";
    files.erase("content/guidelines/children.toml");
    auto& sid = files["content/case-studies/safer-internet-day.toml"];
    sid = replaced(sid, "guidelines = [\"children\", \"parents-educators\"]",
                   "guidelines = [\"parents-educators\"]");
    auto& hotlines = files["content/case-studies/hotline-network.toml"];
    hotlines = replaced(hotlines, "meetings = [\"cwg-cop-8\"]", "meetings = [\"cwg-cop-16\"]");
    auto& pol = files["content/countries/pol.toml"];
    pol = replaced(pol, "updated = 2020-02-04", "updated = 2021-03-01");
    return files;
}

// Builds `files` into <dir>/site and returns that folder.
fs::path build(const TempDir& dir, const Files& files) {
    dir.write(files);
    const auto r = run_copsite("build --root '" + dir.path().string() + "'" + theme_arg());
    REQUIRE(r.exit_code == 0);
    return dir.path() / "site";
}

}  // namespace

TEST_CASE("copsite diff summarises what changes between two built sites, as Markdown") {
    TempDir before, after;
    const auto old_site = build(before, small_site());
    const auto new_site = build(after, changed_site());
    const auto r = run_copsite("diff '" + old_site.string() + "' '" + new_site.string() + "'");
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out ==
          "## What this pull request changes on the site\n"
          "\n"
          "3 pages added, 15 changed, 1 removed; 2 new feed items; links changed on 10 pages; "
          "no broken links.\n"
          "\n"
          "### Pages added (3)\n"
          "\n"
          "**Case studies** (3)\n"
          "\n"
          "- National case studies — `/case-studies/scope/national/`\n"
          "- Case studies published in 2021 — `/case-studies/year/2021/`\n"
          "- A youth panel on online safety — `/case-studies/youth-panel/`\n"
          "\n"
          "### Pages changed (15)\n"
          "\n"
          "**Country profiles** (2)\n"
          "\n"
          "- Countries — `/countries/`\n"
          "- Poland — `/countries/pol/`\n"
          "\n"
          "**Case studies** (3)\n"
          "\n"
          "- A network of hotlines — `/case-studies/hotline-network/`\n"
          "- Case studies and good practices — `/case-studies/`\n"
          "- Safer Internet Day — `/case-studies/safer-internet-day/`\n"
          "\n"
          "**Meetings** (3)\n"
          "\n"
          "- 16th meeting of the CWG-COP — `/meetings/cwg-cop-16/`\n"
          "- 8th meeting of the CWG-COP — `/meetings/cwg-cop-8/`\n"
          "- Meetings — `/meetings/`\n"
          "\n"
          "**Guideline sets** (1)\n"
          "\n"
          "- COP Guidelines — `/guidelines/`\n"
          "\n"
          "**Themes** (2)\n"
          "\n"
          "- Awareness raising — `/themes/awareness/`\n"
          "- Themes — `/themes/`\n"
          "\n"
          "**Regions** (2)\n"
          "\n"
          "- Europe — `/regions/europe/`\n"
          "- Regions — `/regions/`\n"
          "\n"
          "**About** (1)\n"
          "\n"
          "- Coverage of the repository — `/about/coverage/`\n"
          "\n"
          "**Other pages** (1)\n"
          "\n"
          "- COP repository — `/`\n"
          "\n"
          "### Pages removed (1)\n"
          "\n"
          "**Guideline sets** (1)\n"
          "\n"
          "- Guidelines for children — `/guidelines/children/`\n"
          "\n"
          "### New feed items (2)\n"
          "\n"
          "- [A youth panel on online "
          "safety](https://cop.example.org/case-studies/youth-panel/)\n"
          "- [Poland: country profile updated](https://cop.example.org/countries/pol/)\n"
          "\n"
          "### Links that now point elsewhere (10 pages)\n"
          "\n"
          "- Coverage of the repository — `/about/coverage/`\n"
          "  - no longer links to Guidelines for children (`/guidelines/children/`)\n"
          "- A network of hotlines — `/case-studies/hotline-network/`\n"
          "  - now links to 16th meeting of the CWG-COP (4 February 2020) "
          "(`/meetings/cwg-cop-16/`)\n"
          "  - no longer links to 8th meeting of the CWG-COP (21 February 2014) "
          "(`/meetings/cwg-cop-8/`)\n"
          "- Case studies and good practices — `/case-studies/`\n"
          "  - now links to National (`/case-studies/scope/national/`), 2021 "
          "(`/case-studies/year/2021/`), A youth panel on online safety "
          "(`/case-studies/youth-panel/`)\n"
          "  - no longer links to Guidelines for children (`/guidelines/children/`)\n"
          "- Safer Internet Day — `/case-studies/safer-internet-day/`\n"
          "  - no longer links to Guidelines for children (`/guidelines/children/`)\n"
          "- Poland — `/countries/pol/`\n"
          "  - now links to A youth panel on online safety (`/case-studies/youth-panel/`)\n"
          "- COP Guidelines — `/guidelines/`\n"
          "  - now links to A youth panel on online safety (`/case-studies/youth-panel/`)\n"
          "  - no longer links to Guidelines for children (`/guidelines/children/`)\n"
          "- COP repository — `/`\n"
          "  - now links to A youth panel on online safety (`/case-studies/youth-panel/`)\n"
          "- 16th meeting of the CWG-COP — `/meetings/cwg-cop-16/`\n"
          "  - now links to A network of hotlines (`/case-studies/hotline-network/`)\n"
          "- 8th meeting of the CWG-COP — `/meetings/cwg-cop-8/`\n"
          "  - no longer links to A network of hotlines (`/case-studies/hotline-network/`)\n"
          "- Awareness raising — `/themes/awareness/`\n"
          "  - now links to A youth panel on online safety (`/case-studies/youth-panel/`)\n"
          "\n"
          "### Other files (6)\n"
          "\n"
          "- changed: `case-studies/explorer.json`, `feed.xml`, "
          "`schemas/case-study.schema.json`, `schemas/country.schema.json`, "
          "`search-index.json`, `sitemap.xml`\n");
}

TEST_CASE("copsite diff says so when two sites are identical") {
    TempDir before, after;
    const auto old_site = build(before, small_site());
    const auto new_site = build(after, small_site());
    const auto r = run_copsite("diff '" + old_site.string() + "' '" + new_site.string() + "'");
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "## What this pull request changes on the site\n\n"
          "Nothing: the two sites are identical.\n");
}

TEST_CASE("copsite diff needs two site folders") {
    TempDir dir;
    const auto r = run_copsite("diff '" + dir.path().string() + "' '" +
                               (dir.path() / "missing").string() + "'");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "copsite: " + (dir.path() / "missing").string() + " is not a folder\n");
    CHECK(run_copsite("diff '" + dir.path().string() + "'").exit_code == 2);
}
