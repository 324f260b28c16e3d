#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "check/check_content.h"
#include "core/file_system.h"
#include "load/load_content.h"
#include "render/urls.h"
#include "support/fixture.h"
#include "support/shipped_site.h"

// The repository's own content, built as a reader would get it.
using namespace copsite;
using namespace copsite::test;
namespace fs = std::filesystem;

namespace {

std::set<std::string> links_of(const std::string& html) {
    std::set<std::string> out;
    static const std::regex href("href=\"(/[^\"#]*)[^\"]*\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
         it != std::sregex_iterator(); ++it)
        out.insert((*it)[1]);
    return out;
}

const std::string& page(const std::string& site_path) {
    return shipped_page(site_path);
}

}  // namespace

TEST_CASE("the shipped content passes copsite check") {
    const auto r = run_copsite(std::string("check --root '") + COPSITE_SOURCE_DIR + "'");
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
}

TEST_CASE("the shipped content holds every meeting the records date, 7th to 18th") {
    const auto& c = shipped_site().linked.content;
    std::vector<int> numbers;
    for (const auto& m : c.meetings) numbers.push_back(m.number);
    CHECK(numbers == std::vector<int>{7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18});
    CHECK(c.guidelines.size() == 4);
    CHECK(c.vocabulary.regions.size() == 6);
}

TEST_CASE("from every meeting a reader reaches everything presented there, and back") {
    const auto& linked = shipped_site().linked;
    const auto& c = linked.content;
    const auto& b = linked.backlinks;
    for (std::size_t mi = 0; mi < c.meetings.size(); ++mi) {
        const auto meeting_path = "/" + site_paths::meeting(c.meetings[mi].origin.id);
        const auto from_meeting = links_of(page(meeting_path.substr(1)));
        auto both_ways = [&](const std::string& other) {
            INFO(meeting_path << " <-> " << other);
            CHECK(from_meeting.count(other));
            CHECK(links_of(page(other.substr(1))).count(meeting_path));
        };
        for (const auto& k : c.meetings[mi].contributions)
            both_ways("/" + (k.by.kind == Party::Kind::country ? site_paths::country(k.by.ref.id)
                                                               : site_paths::partner(k.by.ref.id)));
        for (auto si : b.meeting_case_studies[mi])
            both_ways("/" + site_paths::case_study(c.case_studies[si].origin.id));
        for (const auto& at : b.meeting_efforts[mi])
            both_ways("/" + site_paths::country(c.countries[at.country].origin.id));
    }
}

TEST_CASE("every country and partner of the shipped content is linked to a meeting") {
    const auto& linked = shipped_site().linked;
    const auto& b = linked.backlinks;
    for (std::size_t i = 0; i < linked.content.countries.size(); ++i) {
        INFO(linked.content.countries[i].name);
        bool cited = !b.country_contributions[i].empty() || !b.country_chaired_meetings[i].empty();
        for (const auto& e : linked.content.countries[i].efforts) cited |= !e.meetings.empty();
        CHECK(cited);
    }
    for (std::size_t i = 0; i < linked.content.partners.size(); ++i) {
        INFO(linked.content.partners[i].name);
        CHECK((!b.partner_contributions[i].empty() || !b.partner_case_studies[i].empty()));
    }
    for (const auto& s : linked.content.case_studies) {
        INFO(s.origin.id);
        CHECK_FALSE(s.meetings.empty());
    }
}
