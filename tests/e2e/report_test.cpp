#include <catch2/catch.hpp>

#include "support/fixture.h"

using namespace copsite::test;

namespace {

std::string theme_arg() {
    return std::string(" --theme '") + COPSITE_SOURCE_DIR + "/theme'";
}

// The small site plus a Member States list with two states it has no profile
// for, a partner nothing names and a meeting nothing was written up from.
Files repository_with_gaps() {
    auto files = small_site();
    files["data/member-states.tsv"] =
        "#code\tname\tregion\nDEU\tGermany\teurope\nFRA\tFrance\teurope\nKEN\tKenya\tafrica\n"
        "POL\tPoland\teurope\nZMB\tZambia\tafrica\n";
    files["content/partners/childnet.toml"] =
        "name = \"Childnet\"\nkind = \"ngo\"\nsummary = \"A charity for a safer internet.\"\n";
    files["content/meetings/cwg-cop-9.toml"] =
        "number = 9\ndate = 2014-10-01\nvenue = \"ITU Headquarters, Geneva\"\n"
        "summary = \"National strategies.\"\n\n[[contributions]]\nby = { partner = \"inhope\" }\n"
        "title = \"Hotlines in 2014\"\n";
    return files;
}

}  // namespace

TEST_CASE("copsite report lists exactly the gaps of the repository, as Markdown") {
    TempDir repo;
    repo.write(repository_with_gaps());
    const auto r = run_copsite("report --root '" + repo.path().string() + "'");
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out ==
          "# Coverage of the repository\n"
          "\n"
          "Reference date: 2020-02-04 (the newest date in the content).\n"
          "\n"
          "| What | How many |\n"
          "|---|---|\n"
          "| Member States with a profile | 2 of 5 |\n"
          "| Profiles due for an update or a validation | 2 of 2 |\n"
          "| Guideline sets with fewer than 3 case studies | 3 of 3 |\n"
          "| Themes with fewer than 3 case studies | 2 of 2 |\n"
          "| Partners with no linked entry | 1 of 3 |\n"
          "| Meetings with no linked contribution | 1 of 3 |\n"
          "\n"
          "## Member States without a profile (3)\n"
          "\n"
          "Start one with `copsite new country CODE`.\n"
          "\n"
          "- **Africa** (1): Kenya (KEN)\n"
          "- **Europe** (2): France (FRA), Germany (DEU)\n"
          "\n"
          "## Profiles due for an update or a validation (2)\n"
          "\n"
          "Last updated, or validated by the Member State, more than two years before "
          "2020-02-04.\n"
          "\n"
          "| Profile | File | Last updated | Validated | Due |\n"
          "|---|---|---|---|---|\n"
          "| Poland | `content/countries/pol.toml` | 2020-02-04 | never | validation |\n"
          "| Zambia | `content/countries/zmb.toml` | 2014-02-21 | 2014-06-01 | update and "
          "validation |\n"
          "\n"
          "## Guideline sets with fewer than 3 case studies (3)\n"
          "\n"
          "- Guidelines for children (`content/guidelines/children.toml`): 1 case study\n"
          "- Guidelines for parents and educators "
          "(`content/guidelines/parents-educators.toml`): 1 case study\n"
          "- Guidelines for policy-makers (`content/guidelines/policy-makers.toml`): 1 case "
          "study\n"
          "\n"
          "## Themes with fewer than 3 case studies (2)\n"
          "\n"
          "- Awareness raising (`awareness`): 1 case study\n"
          "- Reporting hotlines (`hotlines`): 1 case study\n"
          "\n"
          "## Partners with no linked entry (1)\n"
          "\n"
          "No case study involves them and no meeting records a contribution by them.\n"
          "\n"
          "- Childnet (`content/partners/childnet.toml`)\n"
          "\n"
          "## Meetings with no linked contribution (1)\n"
          "\n"
          "No case study or country effort names these meetings.\n"
          "\n"
          "- Meeting 9, 2014-10-01 (`content/meetings/cwg-cop-9.toml`): 1 contribution "
          "recorded\n");
}

TEST_CASE("copsite report judges profiles against the date given with --today") {
    TempDir repo;
    repo.write(repository_with_gaps());
    const auto r = run_copsite("report --root '" + repo.path().string() + "' --today 2022-03-01");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Reference date: 2022-03-01 (given with --today).\n") != std::string::npos);
    CHECK(r.out.find("| Poland | `content/countries/pol.toml` | 2020-02-04 | never | update and "
                     "validation |\n") != std::string::npos);
    CHECK(run_copsite("report --today 2022-02-30").exit_code == 2);
}

TEST_CASE("copsite report refuses content with errors, naming them") {
    TempDir repo;
    auto files = repository_with_gaps();
    files["content/partners/childnet.toml"] = "name = \"Childnet\"\n";
    repo.write(files);
    const auto r = run_copsite("report --root '" + repo.path().string() + "'");
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("content/partners/childnet.toml:1:1: error: missing required key") !=
          std::string::npos);
}

TEST_CASE("the built site has the coverage page, linked from the About page") {
    TempDir repo;
    repo.write(repository_with_gaps());
    REQUIRE(run_copsite("build --root '" + repo.path().string() + "'" + theme_arg()).exit_code ==
            0);
    const auto about = read_text(repo.path() / "site/about/index.html");
    CHECK(about.find("<a href=\"/about/coverage/\">Coverage of the repository</a>") !=
          std::string::npos);
    const auto page = read_text(repo.path() / "site/about/coverage/index.html");
    CHECK(page.find("<h1 id=\"page-title\">Coverage of the repository</h1>") != std::string::npos);
    CHECK(page.find("<h3>Africa (1)</h3>\n<p>Kenya</p>") != std::string::npos);
    CHECK(page.find("<h3>Europe (2)</h3>\n<p>France, Germany</p>") != std::string::npos);
    CHECK(page.find("<li><a href=\"/partners/childnet/\">Childnet</a></li>") != std::string::npos);
    CHECK(page.find("<a href=\"/meetings/cwg-cop-9/\">9th meeting of the CWG-COP</a>") !=
          std::string::npos);
    CHECK(read_text(repo.path() / "site/sitemap.xml").find("/about/coverage/") !=
          std::string::npos);
}
