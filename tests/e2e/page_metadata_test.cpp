#include <catch2/catch.hpp>

#include <regex>

#include "support/shipped_site.h"

// What search engines, link previews and the CSP see on every page of the
// shipped site: a title, a description, a canonical address, Open Graph tags,
// schema.org JSON-LD fitting the page's kind, and no inline script or style.
using namespace copsite::test;

namespace {

const Files& site() {
    return shipped_site().site;
}

// The content attribute of <meta name|property="key">, or "" when missing.
std::string meta(const std::string& html, const std::string& key) {
    const std::regex re("<meta (?:name|property)=\"" + key + "\" content=\"([^\"]*)\">");
    std::smatch m;
    return std::regex_search(html, m, re) ? m[1].str() : "";
}

// The JSON-LD blocks' texts.
std::vector<std::string> json_ld(const std::string& html) {
    static const std::regex re("<script type=\"application/ld\\+json\">([^<]*)</script>");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator();
         ++it)
        out.push_back((*it)[1].str());
    return out;
}

bool starts_with_type(const std::string& json, const std::string& type) {
    return json.starts_with("{\"@context\":\"https://schema.org\",\"@type\":\"" + type + "\"");
}

}  // namespace

TEST_CASE("every page has a title, a description, a canonical address and Open Graph tags") {
    std::size_t pages = 0;
    for (const auto& [path, html] : site()) {
        if (!path.ends_with(".html")) continue;
        INFO(path);
        ++pages;
        CHECK(std::regex_search(html, std::regex("<title>[^<]{3,}</title>")));
        CHECK(meta(html, "description").size() > 20);
        CHECK(!meta(html, "og:title").empty());
        CHECK(!meta(html, "og:description").empty());
        CHECK(!meta(html, "og:type").empty());
        if (path == "404.html") {
            CHECK(meta(html, "robots") == "noindex");
            continue;
        }
        const std::string address = "https://cop.example.org/" +
                                    (path == "index.html" ? "" : path.substr(0, path.size() - 10));
        CHECK(html.find("<link rel=\"canonical\" href=\"" + address + "\">") != std::string::npos);
        CHECK(meta(html, "og:url") == address);
    }
    CHECK(pages > 50);
}

TEST_CASE("case studies, meetings and country profiles carry JSON-LD of their kind") {
    std::size_t cases = 0, meetings = 0, countries = 0;
    const std::regex case_study("case-studies/[a-z0-9-]+/index.html");
    const std::regex meeting("meetings/cwg-cop-[0-9]+/index.html");
    const std::regex country("countries/[a-z]{3}/index.html");
    for (const auto& [path, html] : site()) {
        if (!path.ends_with(".html")) continue;
        INFO(path);
        const auto blocks = json_ld(html);
        const bool is_case =
            std::regex_match(path, case_study) && meta(html, "og:type") == "article";
        if (is_case) {
            ++cases;
            REQUIRE(blocks.size() == 1);
            CHECK(starts_with_type(blocks[0], "Article"));
            CHECK(blocks[0].find("\"datePublished\":\"") != std::string::npos);
        } else if (std::regex_match(path, meeting)) {
            ++meetings;
            REQUIRE(blocks.size() == 1);
            CHECK(starts_with_type(blocks[0], "Event"));
            CHECK(blocks[0].find("\"startDate\":\"") != std::string::npos);
        } else if (std::regex_match(path, country)) {
            ++countries;
            REQUIRE(blocks.size() == 1);
            CHECK(starts_with_type(blocks[0], "WebPage"));
            CHECK(blocks[0].find("\"about\":{\"@context\":\"https://schema.org\",\"@type\":"
                                 "\"Country\"") != std::string::npos);
        }
    }
    CHECK(cases >= 10);
    CHECK(meetings >= 10);
    CHECK(countries >= 10);
}

TEST_CASE("a meeting the records do not place gets no invented venue in its JSON-LD") {
    const auto& html = site().at("meetings/cwg-cop-18/index.html");
    REQUIRE(json_ld(html).size() == 1);
    CHECK(json_ld(html)[0].find("\"location\"") == std::string::npos);
    const auto& placed = site().at("meetings/cwg-cop-16/index.html");
    CHECK(json_ld(placed)[0].find("\"location\":{\"@context\":\"https://schema.org\",\"@type\":"
                                  "\"Place\",\"name\":\"ITU Headquarters, Geneva\"}") !=
          std::string::npos);
}

TEST_CASE("no page has an inline script other than JSON-LD data") {
    const std::regex script("<script([^>]*)>");
    for (const auto& [path, html] : site()) {
        if (!path.ends_with(".html")) continue;
        INFO(path);
        for (auto it = std::sregex_iterator(html.begin(), html.end(), script);
             it != std::sregex_iterator(); ++it) {
            const auto attributes = (*it)[1].str();
            INFO(attributes);
            CHECK((attributes.find(" src=\"") != std::string::npos ||
                   attributes == " type=\"application/ld+json\""));
        }
        CHECK(html.find(" onclick=") == std::string::npos);
        CHECK(html.find(" onload=") == std::string::npos);
    }
}
