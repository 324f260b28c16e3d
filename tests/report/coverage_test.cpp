#include <catch2/catch.hpp>

#include "report/coverage.h"
#include "support/check_helpers.h"

using namespace copsite;
using namespace copsite::test;

namespace {

LinkedContent linked(const Files& files) {
    MemoryFileSystem fs(files);
    auto loaded = load_content(fs, 1);
    auto site = check_and_link(std::move(loaded.content), loaded.diagnostics);
    REQUIRE(loaded.diagnostics.empty());
    return site;
}

Files with_member_states(Files files) {
    files["data/member-states.tsv"] =
        "#code\tname\tregion\nDEU\tGermany\teurope\nKEN\tKenya\tafrica\nPOL\tPoland\teurope\n"
        "ZMB\tZambia\tafrica\n";
    return files;
}

}  // namespace

TEST_CASE("the reference date is the newest date in the content") {
    const auto site = linked(small_site());
    CHECK(newest_content_date(site.content).iso() == "2020-02-04");
}

TEST_CASE("Member States without a profile are listed by region, then name") {
    const auto site = linked(with_member_states(small_site()));
    const auto cov = compute_coverage(site, {2020, 2, 4}, false);
    CHECK(cov.member_states_known);
    CHECK(cov.member_states == 4);
    CHECK(cov.member_states_profiled == 2);
    REQUIRE(cov.without_profile.size() == 2);
    CHECK(cov.without_profile[0].code == "KEN");  // africa before europe
    CHECK(cov.without_profile[1].code == "DEU");
}

TEST_CASE("a profile is due when its update or its validation is more than two years old") {
    const auto site = linked(small_site());
    // Poland: updated 2020-02-04, never validated. Zambia: updated 2014-02-21, validated
    // 2014-06-01.
    auto cov = compute_coverage(site, {2022, 2, 3}, true);
    REQUIRE(cov.due_profiles.size() == 2);
    CHECK_FALSE(cov.due_profiles[0].update_due);  // 730 days is not more than two years
    CHECK(cov.due_profiles[0].validation_due);
    CHECK(cov.due_profiles[1].update_due);
    CHECK(cov.due_profiles[1].validation_due);
    cov = compute_coverage(site, {2022, 2, 5}, true);
    CHECK(cov.due_profiles[0].update_due);
}

TEST_CASE("sets with few case studies, and partners and meetings nothing links to, are found") {
    auto files = small_site();
    files["content/partners/ecpat.toml"] = "name = \"ECPAT\"\nkind = \"ngo\"\nsummary = \"s\"\n";
    files["content/partners/childnet.toml"] =
        "name = \"Childnet\"\nkind = \"ngo\"\nsummary = \"s\"\n";
    files["content/meetings/cwg-cop-9.toml"] =
        "number = 9\ndate = 2014-10-01\nvenue = \"Geneva\"\nsummary = \"s\"\n\n[[contributions]]\n"
        "by = { partner = \"ecpat\" }\ntitle = \"t\"\n";
    const auto site = linked(files);
    const auto cov = compute_coverage(site, {2020, 2, 4}, false);
    CHECK_FALSE(cov.member_states_known);
    CHECK(cov.thin_guidelines.size() == 3);  // one case study each
    CHECK(cov.thin_themes.size() == 2);
    // ECPAT presented at the 9th meeting; nothing names Childnet.
    REQUIRE(cov.unlinked_partners.size() == 1);
    CHECK(site.content.partners[cov.unlinked_partners[0]].name == "Childnet");
    REQUIRE(cov.unlinked_meetings.size() == 1);
    CHECK(site.content.meetings[cov.unlinked_meetings[0].meeting].number == 9);
    CHECK(cov.unlinked_meetings[0].contributions == 1);
}
