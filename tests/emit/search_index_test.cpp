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
    entries[5].words.push_back("rare");
    entries[30].words.push_back("rare");
    entries[39].words.push_back("zebra");
    entries[0].kind = SearchKind::country;
    const auto json = search_index_json(entries);
    CHECK(json.find("\"words\":[\"abuse\",\"even\",\"odd\",\"rare\",\"zebra\"]") !=
          std::string::npos);
    // rare: 5, 30 -> "5,p" (30 - 5 = 25 = "p"); zebra: 39 = "13" in base 36. Every other
    // document is dense enough for a bitmap: even "~VVVVVVF", odd "~qqqqqqK".
    CHECK(json.find("\"postings\":[\"~VVVVVVF\",\"~VVVVVVF\",\"~qqqqqqK\",\"5,p\",\"13\"]") !=
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

TEST_CASE("a word in most documents is written as a bitmap, six documents a character") {
    std::vector<SearchEntry> entries;
    for (int i = 0; i < 60; ++i)
        entries.push_back(
            entry(SearchKind::case_study, "Doc",
                  i == 7 ? std::vector<std::string>{} : std::vector<std::string>{"child"}));
    const auto json = search_index_json(entries);
    // Documents 0-5 -> bits 0-5 = 63 = '_'; 6-11 without 7 -> 61 = '9'; then eight '_'.
    CHECK(json.find("\"postings\":[\"~_9________\"]") != std::string::npos);
}

TEST_CASE("postings keep document numbers of any size exactly") {
    // Gaps of 1, 127, 128, 16,383 and 16,384 cross each boundary of the
    // index's compact in-memory form.
    const std::vector<int> docs = {0, 1, 128, 256, 16639, 33023, 33024};
    std::vector<SearchEntry> entries;
    for (int i = 0; i <= docs.back(); ++i)
        entries.push_back(entry(SearchKind::case_study, "Doc", {}));
    for (auto d : docs) entries[d].words = {"rare"};
    const auto json = search_index_json(entries);
    // Base 36: 1 = "1", 127 = "3j", 128 = "3k", 16383 = "cn3", 16384 = "cn4", 1 = "1".
    CHECK(json.find("\"postings\":[\"0,1,3j,3k,cn3,cn4,1\"]") != std::string::npos);
}

TEST_CASE("an index of many thousands of words keeps each word's documents") {
    // Far more words than the index's table starts with, so it grows while
    // words are filed; word k is in documents k % 7 and 7 + k % 5.
    std::vector<SearchEntry> entries;
    for (int d = 0; d < 12; ++d) entries.push_back(entry(SearchKind::case_study, "Doc", {}));
    const int words = 5000;
    for (int k = 0; k < words; ++k) {
        const auto w = "w" + std::to_string(100000 + k);  // sorted as numbered
        entries[k % 7].words.push_back(w);
        entries[7 + k % 5].words.push_back(w);
    }
    const auto json = search_index_json(entries);
    const auto postings = json.substr(json.find("\"postings\":"));
    std::size_t at = 0;
    for (int k = 0; k < words; ++k) {
        // First document k % 7, then a gap of 7 + k % 5 - k % 7 (1 to 11,
        // one base-36 digit).
        const int gap = 7 + k % 5 - k % 7;
        const auto expected = "\"" + std::to_string(k % 7) + "," +
                              static_cast<char>(gap < 10 ? '0' + gap : 'a' + gap - 10) + "\"";
        at = postings.find(expected, at);
        INFO(k);
        REQUIRE(at != std::string::npos);
    }
    CHECK(json.find("\"words\":[\"w100000\",\"w100001\",") != std::string::npos);
}
