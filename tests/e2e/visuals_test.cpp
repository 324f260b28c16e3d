#include <catch2/catch.hpp>

#include <filesystem>
#include <pugixml.hpp>
#include <set>

#include "check/check_content.h"
#include "core/file_system.h"
#include "load/load_content.h"
#include "render/urls.h"
#include "support/fixture.h"
#include "support/shipped_site.h"

// The map, the coverage matrices and the timeline of the shipped content,
// checked on the pages a reader gets.
using namespace copsite;
using namespace copsite::test;
namespace fs = std::filesystem;

namespace {

const std::string& page(const std::string& site_path) {
    return shipped_page(site_path);
}

// The element that starts with `open` (up to its matching `close`), parsed as XML:
// the SVG and the tables copsite writes are well-formed.
pugi::xml_document fragment(const std::string& html, const std::string& open,
                            const std::string& close) {
    const auto start = html.find(open);
    REQUIRE(start != std::string::npos);
    const auto end = html.find(close, start);
    REQUIRE(end != std::string::npos);
    pugi::xml_document doc;
    const auto text = html.substr(start, end + close.size() - start);
    const auto ok = doc.load_string(text.c_str());
    INFO(ok.description());
    REQUIRE(ok);
    return doc;
}

std::string text_of(pugi::xml_node n) {
    std::string out;
    for (auto t : n.select_nodes(".//text()")) out += t.node().value();
    return out;
}

}  // namespace

TEST_CASE("the countries page maps every profiled Member State, each linking to its page") {
    const auto& content = shipped_site().linked.content;
    const auto doc = fragment(page("countries/"), "<svg class=\"world-map\"", "</svg>");
    std::set<std::string> linked;
    for (auto a : doc.select_nodes("//a")) {
        const std::string href = a.node().attribute("href").value();
        INFO(href);
        REQUIRE(href.starts_with("/countries/"));
        CHECK(shipped_site().site.count(href.substr(1) + "index.html") == 1);
        CHECK(std::string(a.node().child_value("title")).find(':') != std::string::npos);
        linked.insert(href);
    }
    CHECK(linked.size() == content.countries.size());
    for (const auto& c : content.countries) {
        INFO(c.code);
        CHECK(linked.count("/" + site_paths::country(c.origin.id)) == 1);
    }
}

TEST_CASE("the countries matrix marks exactly the categories each Member State reports") {
    const auto& content = shipped_site().linked.content;
    const auto doc = fragment(page("countries/"), "<table class=\"matrix\"", "</table>");
    const auto& categories = content.vocabulary.effort_categories;
    const auto header = doc.select_nodes("//thead/tr/th");
    REQUIRE(header.size() == categories.size() + 1);
    const auto rows = doc.select_nodes("//tbody/tr");
    REQUIRE(rows.size() == content.countries.size());
    for (auto row : rows) {
        const std::string href = row.node().select_node("th/a").node().attribute("href").value();
        const auto& country = *std::find_if(
            content.countries.begin(), content.countries.end(),
            [&](const Country& c) { return "/" + site_paths::country(c.origin.id) == href; });
        INFO(country.name);
        const auto cells = row.node().select_nodes("td");
        REQUIRE(cells.size() == categories.size());
        for (std::size_t k = 0; k < categories.size(); ++k) {
            std::size_t n = 0;
            for (const auto& e : country.efforts) n += e.category.id == categories[k].id;
            INFO(categories[k].id);
            const std::string css = cells[k].node().attribute("class").value();
            CHECK(css == (n > 0 ? "cell-yes" : "cell-no"));
            if (n > 0) CHECK(text_of(cells[k].node()) == std::to_string(n));
        }
    }
}

TEST_CASE("the guidelines matrix marks exactly the sets each case study names") {
    const auto& content = shipped_site().linked.content;
    const auto doc = fragment(page("guidelines/"), "<table class=\"matrix\"", "</table>");
    const auto rows = doc.select_nodes("//tbody/tr");
    REQUIRE(rows.size() == content.case_studies.size());
    std::size_t marked = 0, expected = 0;
    for (const auto& c : content.case_studies) expected += c.guidelines.size();
    for (auto row : rows) {
        const std::string href = row.node().select_node("th/a").node().attribute("href").value();
        const auto& study = *std::find_if(
            content.case_studies.begin(), content.case_studies.end(),
            [&](const CaseStudy& c) { return "/" + site_paths::case_study(c.origin.id) == href; });
        INFO(study.title);
        const auto cells = row.node().select_nodes("td");
        REQUIRE(cells.size() == content.guidelines.size());
        for (std::size_t g = 0; g < content.guidelines.size(); ++g) {
            const bool names =
                std::any_of(study.guidelines.begin(), study.guidelines.end(),
                            [&](const Ref& r) { return r.id == content.guidelines[g].origin.id; });
            const std::string css = cells[g].node().attribute("class").value();
            CHECK(css == (names ? "cell-yes" : "cell-no"));
            marked += css == "cell-yes";
        }
    }
    CHECK(marked == expected);
}

TEST_CASE("the meetings timeline has one linked entry per meeting") {
    const auto& content = shipped_site().linked.content;
    const auto doc = fragment(page("meetings/"), "<svg class=\"timeline-chart\"", "</svg>");
    const auto entries = doc.select_nodes("//a");
    REQUIRE(entries.size() == content.meetings.size());
    for (std::size_t i = 0; i < content.meetings.size(); ++i) {
        const auto& m = content.meetings[i];
        const auto a = entries[i].node();
        INFO(m.origin.id);
        CHECK(std::string(a.attribute("href").value()) == "/" + site_paths::meeting(m.origin.id));
        const std::string title = a.child_value("title");
        const auto total =
            m.contribution_count ? *m.contribution_count : static_cast<int>(m.contributions.size());
        CHECK(title.find(total > 0 ? std::to_string(total) + " contribution"
                                   : "contributions not recorded") != std::string::npos);
        CHECK(a.select_nodes("rect[@class='tl-participants']").size() ==
              (m.participants ? 1u : 0u));
    }
}

TEST_CASE("meetings give the recorded number of contributions, and ? where the records give none") {
    const auto& list = page("meetings/");
    const auto timeline = fragment(list, "<svg class=\"timeline-chart\"", "</svg>");
    const auto entry = [&](const std::string& id) {
        return timeline.select_node(("//a[@href='/meetings/" + id + "/']").c_str()).node();
    };
    // Meeting 18: 18 contributions in the records, none listed one by one.
    CHECK(std::string(entry("cwg-cop-18").child_value("title")).find("18 contributions") !=
          std::string::npos);
    CHECK(entry("cwg-cop-18").select_node("rect[@class='tl-contributions']"));
    CHECK(list.find("more than 150 participants · 18 contributions ·") != std::string::npos);
    CHECK(page("meetings/cwg-cop-18/").find("<dd>18, as recorded (not listed one by one)</dd>") !=
          std::string::npos);
    // Meeting 9: the records neither list nor count them.
    CHECK(std::string(entry("cwg-cop-9").child_value("title")).find("contributions not recorded") !=
          std::string::npos);
    CHECK(entry("cwg-cop-9").select_node("text[@class='tl-value tl-unknown'][.='?']"));
    CHECK(page("meetings/cwg-cop-9/").find("<dt>Contributions</dt><dd>Not recorded</dd>") !=
          std::string::npos);
    // Meeting 17 lists one: the singular.
    CHECK(std::string(entry("cwg-cop-17").child_value("title")).find(", 1 contribution") !=
          std::string::npos);
    CHECK(list.find(" · 1 contribution · ") != std::string::npos);
    CHECK(list.find("1 contributions") == std::string::npos);
    CHECK(list.find("1 case studies") == std::string::npos);
    CHECK(page("meetings/cwg-cop-16/").find("<dd>6, listed below</dd>") != std::string::npos);
}

TEST_CASE("no page of the shipped site carries a style attribute or a style element") {
    for (const auto& [path, text] : shipped_site().site) {
        if (!path.ends_with(".html")) continue;
        INFO(path);
        CHECK(text.find(" style=") == std::string::npos);
        CHECK(text.find("<style") == std::string::npos);
    }
}
