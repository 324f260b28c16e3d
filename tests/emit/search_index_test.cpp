#include <catch2/catch.hpp>

#include "emit/search_index.h"

using namespace copsite;

namespace {

SearchEntry entry(SearchKind kind, std::string title, std::vector<std::string> words) {
    return {kind, std::move(title), "/x/", "A snippet with \"quotes\" and <b>.", std::move(words)};
}

}  // namespace

TEST_CASE("the search index writes each word once, sorted, with delta-coded base-36 postings") {
    std::vector<SearchEntry> entries;
    for (int i = 0; i < 40; ++i)
        entries.push_back(entry(
            SearchKind::case_study, "Doc " + std::to_string(i),
            i % 2 ? std::vector<std::string>{"odd"} : std::vector<std::string>{"abuse", "even"}));
    entries[39].words.push_back("zebra");
    entries[0].kind = SearchKind::country;
    const auto json = search_index_json(entries);
    CHECK(json.find("\"words\":[\"abuse\",\"even\",\"odd\",\"zebra\"]") != std::string::npos);
    // even: 0,2,4,…,38 -> "0,2,2,…"; odd: 1,3,…,39 -> "1,2,2,…"; zebra: 39 = "13" in base 36.
    std::string even = "\"0", odd = "\"1";
    for (int i = 1; i < 20; ++i) even += ",2", odd += ",2";
    CHECK(json.find("\"postings\":[" + even + "\"," + even + "\"," + odd + "\",\"13\"]") !=
          std::string::npos);
    CHECK(json.find("[0,\"Doc 0\",\"/x/\",\"A snippet with \\\"quotes\\\" and \\u003cb>.\"]") !=
          std::string::npos);
    CHECK(json.find(
              "\"kinds\":[\"Country\",\"Case study\",\"Meeting\",\"Guidelines\",\"Partner\"]") !=
          std::string::npos);
}

TEST_CASE("an empty site still gets a valid, empty search index") {
    const auto json = search_index_json({});
    CHECK(json.find("\"docs\":[]") != std::string::npos);
    CHECK(json.find("\"words\":[]") != std::string::npos);
    CHECK(json.find("\"postings\":[]") != std::string::npos);
}
