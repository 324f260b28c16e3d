#include <catch2/catch.hpp>

#include "support/check_helpers.h"

using namespace copsite;
using namespace copsite::test;

namespace {

Files with_replaced(const std::string& path, const std::string& from, const std::string& to) {
    auto site = small_site();
    auto& text = site[path];
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return site;
}

}  // namespace

TEST_CASE("an unknown meeting id names the closest existing id") {
    auto site = with_replaced("content/case-studies/hotline-network.toml",
                              "meetings = [\"cwg-cop-8\"]", "meetings = [\"cwg-cop-9\"]");
    CHECK(problems(site) ==
          std::vector<std::string>{
              "content/case-studies/hotline-network.toml:10:13: unknown meeting \"cwg-cop-9\" [did "
              "you "
              "mean \"cwg-cop-8\"? The meeting ids are the files in content/meetings/.]"});
}

TEST_CASE("an unknown region names the closest region") {
    auto site = with_replaced("content/countries/pol.toml", "\"europe\"", "\"eurpoe\"");
    CHECK(
        problems(site) ==
        std::vector<std::string>{
            "content/countries/pol.toml:3:10: unknown region \"eurpoe\" [did you mean \"europe\"? "
            "The region ids are [regions] in content/vocabulary.toml.]"});
}

TEST_CASE("a lower-case country code is told to use upper case") {
    auto site =
        with_replaced("content/case-studies/safer-internet-day.toml", "[\"POL\"]", "[\"pol\"]");
    CHECK(problems(site) ==
          std::vector<std::string>{
              "content/case-studies/safer-internet-day.toml:6:14: unknown country \"pol\" [country "
              "codes are written in upper case: \"POL\". The country ids are the files in "
              "content/countries/ (codes in upper case).]"});
}

TEST_CASE("dangling partner, theme, guideline and category references are all reported") {
    auto site = small_site();
    site["content/case-studies/hotline-network.toml"] = R"(title = "t"
summary = "s"
published = 2014-02-21
submitted_by = { partner = "inhop" }
scope = "national"
themes = ["hotline"]
guidelines = ["policy-maker"]
audiences = ["kids"]
body = "b"
)";
    const auto p = problems(site);
    REQUIRE(p.size() == 4);
    CHECK(p[0].find("unknown partner \"inhop\" [did you mean \"inhope\"?") != std::string::npos);
    CHECK(p[1].find("unknown theme \"hotline\" [did you mean \"hotlines\"?") != std::string::npos);
    CHECK(p[2].find("unknown guideline set \"policy-maker\"") != std::string::npos);
    CHECK(p[3].find("unknown audience \"kids\"") != std::string::npos);
}

TEST_CASE("two files that map to one output path are reported") {
    auto site = small_site();
    site["content/case-studies/2014/safer-internet-day.toml"] =
        site["content/case-studies/safer-internet-day.toml"];
    CHECK(
        problems(site) ==
        std::vector<std::string>{
            "content/case-studies/safer-internet-day.toml:0:0: this file and "
            "content/case-studies/2014/safer-internet-day.toml would both be published at "
            "/case-studies/safer-internet-day/ [rename one of the two files: the file name is the "
            "page's address]"});
    // Countries are indexed by their upper-case code.
    auto countries = small_site();
    countries["content/countries/europe/pol.toml"] = countries["content/countries/pol.toml"];
    CHECK(problems(countries) ==
          std::vector<std::string>{
              "content/countries/pol.toml:0:0: this file and content/countries/europe/pol.toml "
              "would both be published at /countries/pol/ [rename one of the two files: the file "
              "name is the page's address]"});
}

TEST_CASE("backlinks show every cross-link from the other side") {
    MemoryFileSystem fs(small_site());
    auto loaded = load_content(fs, 1);
    Diagnostics d;
    auto linked = check_and_link(std::move(loaded.content), d);
    REQUIRE(d.empty());
    const auto& c = linked.content;
    const auto& b = linked.backlinks;
    const auto pol = *linked.index.countries.find("POL");
    const auto zmb = *linked.index.countries.find("ZMB");
    const auto m8 = *linked.index.meetings.find("cwg-cop-8");
    const auto m16 = *linked.index.meetings.find("cwg-cop-16");
    const auto sid = *linked.index.case_studies.find("safer-internet-day");
    const auto insafe = *linked.index.partners.find("insafe");
    const auto inhope = *linked.index.partners.find("inhope");

    CHECK(b.country_case_studies[pol] == Indices{sid});
    CHECK(b.country_contributions[zmb].size() == 1);
    CHECK(b.meeting_case_studies[m8].size() == 2);
    CHECK(b.meeting_efforts[m16].size() == 1);
    CHECK(b.meeting_statistics[m16].size() == 1);
    CHECK(b.partner_case_studies[insafe].size() == 2);  // submitted one, involved in the other
    CHECK(b.partner_contributions[inhope].size() == 1);
    CHECK(b.guideline_efforts[*linked.index.guidelines.find("parents-educators")].size() == 1);
    CHECK(b.theme_case_studies[*linked.index.themes.find("awareness")] == Indices{sid});
    CHECK(b.region_countries[*linked.index.regions.find("europe")] == Indices{pol});
    CHECK(c.case_studies[sid].origin.id == "safer-internet-day");
}

TEST_CASE("a meeting's chair country and a case study's regions are linked back") {
    auto site = small_site();
    site["content/meetings/cwg-cop-16.toml"] += "";
    auto& m = site["content/meetings/cwg-cop-16.toml"];
    m.replace(m.find("chair = "), 0, "chair_country = \"POL\"\n");
    auto& cs = site["content/case-studies/hotline-network.toml"];
    cs.replace(cs.find("partners = "), 0, "regions = [\"africa\"]\n");
    MemoryFileSystem fs(site);
    auto loaded = load_content(fs, 1);
    Diagnostics d = std::move(loaded.diagnostics);
    auto linked = check_and_link(std::move(loaded.content), d);
    REQUIRE(d.empty());
    const auto pol = *linked.index.countries.find("POL");
    const auto africa = *linked.index.regions.find("africa");
    const auto hotline = *linked.index.case_studies.find("hotline-network");
    CHECK(linked.backlinks.country_chaired_meetings[pol] ==
          Indices{*linked.index.meetings.find("cwg-cop-16")});
    CHECK(linked.backlinks.region_case_studies[africa] == Indices{hotline});
}

TEST_CASE("an unknown chair country or region is reported") {
    auto site = small_site();
    auto& m = site["content/meetings/cwg-cop-16.toml"];
    m.replace(m.find("chair = "), 0, "chair_country = \"ARE\"\n");
    auto& cs = site["content/case-studies/hotline-network.toml"];
    cs.replace(cs.find("partners = "), 0, "regions = [\"afrika\"]\n");
    const auto p = problems(site);
    REQUIRE(p.size() == 2);
    CHECK(p[0].find("unknown region \"afrika\" [did you mean \"africa\"?") != std::string::npos);
    INFO(p[1]);
    CHECK(p[1].find("cwg-cop-16.toml:5:17: unknown country \"ARE\"") != std::string::npos);
}
