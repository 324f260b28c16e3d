#include <catch2/catch.hpp>

#include <algorithm>

#include "render/search_entries.h"
#include "support/site_helpers.h"

using namespace copsite;
using namespace copsite::test;

namespace {

const SearchEntry& entry_titled(const std::vector<SearchEntry>& entries, const std::string& title) {
    auto it = std::find_if(entries.begin(), entries.end(),
                           [&](const SearchEntry& e) { return e.title == title; });
    REQUIRE(it != entries.end());
    return *it;
}

bool has_word(const SearchEntry& e, const std::string& w) {
    return std::find(e.words.begin(), e.words.end(), w) != e.words.end();
}

}  // namespace

TEST_CASE("search words are folded and split at punctuation of any script") {
    CHECK(split_search_words("Côte d’Ivoire: a 2019 plan") ==
          std::vector<std::string>{"cote", "d", "ivoire", "a", "2019", "plan"});
    CHECK(split_search_words("“Türkiye”—ŁÓDŹ…") == std::vector<std::string>{"turkiye", "lodz"});
    CHECK(split_search_words("  ").empty());
}

TEST_CASE("the search entries list every country, case study, meeting, guideline set and partner") {
    auto built = context_for(small_site());
    const auto entries = search_entries(*built.ctx);
    const auto& c = built.ctx->content();
    CHECK(entries.size() == c.countries.size() + c.case_studies.size() + c.meetings.size() +
                                c.guidelines.size() + c.partners.size());
    const auto& poland = entry_titled(entries, "Poland");
    CHECK(poland.kind == SearchKind::country);
    CHECK(poland.url == "/countries/pol/");
    CHECK(poland.snippet == "Poland presented a survey of children's internet use.");
    CHECK(entry_titled(entries, "INHOPE").kind == SearchKind::partner);
    CHECK(entry_titled(entries, "Guidelines for children").kind == SearchKind::guidelines);
    CHECK(entry_titled(entries, "8th meeting of the CWG-COP").url == "/meetings/cwg-cop-8/");
}

TEST_CASE("a case study is found by the words of its body, evaluation and links, not by markup") {
    auto built = context_for(small_site());
    const auto entries = search_entries(*built.ctx);
    const auto& day = entry_titled(entries, "Safer Internet Day");
    CHECK(day.kind == SearchKind::case_study);
    CHECK(day.url == "/case-studies/safer-internet-day/");
    CHECK(has_word(day, "worldwide"));    // body, in **bold**
    CHECK(has_word(day, "schools"));      // a list item
    CHECK(has_word(day, "activities"));   // evaluation findings
    CHECK(has_word(day, "poland"));       // the countries it names
    CHECK(has_word(day, "awareness"));    // its theme
    CHECK(has_word(day, "insafe"));       // who submitted it
    CHECK_FALSE(has_word(day, "https"));  // link targets are not text
    CHECK_FALSE(has_word(day, "betterinternetforkids"));
    CHECK_FALSE(has_word(day, "the"));    // a stop word
    CHECK(day.words.front() == "safer");  // the title's words first
    auto sorted = day.words;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());  // each once
}

TEST_CASE("an entry lists each word once, in the order the words first appear") {
    // Words of every length around 8 bytes, alike in their first 8 bytes
    // ("protecting", "protection"); repeats in other cases and accents; stop
    // words, which are never listed.
    Files files = small_site();
    files["content/partners/insafe.toml"] =
        "name = \"Insafe\"\nkind = \"ngo\"\nsummary = \"Protecting protection, PROTECTIONS and "
        "the protector: protect Protection, protecting. Protecti protectio protecti 8bytes12 "
        "8bytes123 8bytes12 été ÉTÉ ete a an the x\"\n";
    auto built = context_for(files);
    const auto entries = search_entries(*built.ctx);
    const auto& words = entry_titled(entries, "Insafe").words;
    const std::vector<std::string> expected = {
        "insafe",   "protecting", "protection", "protections", "protector", "protect",
        "protecti", "protectio",  "8bytes12",   "8bytes123",   "ete",       "x"};
    REQUIRE(words.size() >= expected.size());
    CHECK(std::vector<std::string>(words.begin(), words.begin() + 12) == expected);
}

TEST_CASE("a snippet is cut at a word boundary") {
    Files files = small_site();
    files["content/partners/insafe.toml"] = "name = \"Insafe\"\nkind = \"ngo\"\nsummary = \"" +
                                            std::string(60, 'x') + " " + std::string(60, 'y') +
                                            " " + std::string(60, 'z') + "\"\n";
    auto built = context_for(files);
    const auto& insafe = entry_titled(search_entries(*built.ctx), "Insafe");
    CHECK(insafe.snippet.size() <= kSnippetBytes + 3);
    CHECK(insafe.snippet.ends_with("…"));
}
