#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "core/text.h"
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

// The words of text one character at a time, as the search page splits a
// query: letters and digits of any script are word characters; ASCII and
// Latin-1 punctuation, general punctuation and CJK punctuation are not. A
// byte from 0x80 starts a character of 2 to 4 bytes, by its value.
std::vector<std::string> words_one_by_one(std::string_view text) {
    const auto folded = fold_for_search(text);
    std::vector<std::string> out;
    std::string word;
    for (std::size_t i = 0; i < folded.size();) {
        const auto c = static_cast<unsigned char>(folded[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        const auto bytes = std::string_view(folded).substr(i, len);
        char32_t cp = c;
        const auto at = [&](std::size_t k) { return static_cast<char32_t>(bytes[k] & 0x3F); };
        if (bytes.size() == 2) cp = (c & 0x1F) << 6 | at(1);
        if (bytes.size() == 3) cp = (c & 0x0F) << 12 | at(1) << 6 | at(2);
        if (bytes.size() == 4) cp = (c & 0x07) << 18 | at(1) << 12 | at(2) << 6 | at(3);
        const bool in_word = cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')
                                       : cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x206F) &&
                                             !(cp >= 0x3000 && cp <= 0x303F);
        if (in_word) word += bytes;
        if (!in_word && !word.empty()) out.push_back(std::move(word)), word.clear();
        i += len;
    }
    if (!word.empty()) out.push_back(word);
    return out;
}

}  // namespace

TEST_CASE("search words are found alike in any text, wherever they fall in it") {
    // Random texts of ASCII, letters and punctuation of other scripts, and
    // broken UTF-8, long enough to cross the scan's 16- and 64-byte blocks.
    const std::vector<std::string> pieces = {"a",
                                             "Z",
                                             "7",
                                             " ",
                                             ",",
                                             "-",
                                             "\n",
                                             "\x7F",
                                             "\xC3\xA9",
                                             "\xC3\x89",
                                             "\xD0\x96",
                                             "\xC2\xA0",
                                             "\xE2\x80\x99",
                                             "\xE2\x80\x94",
                                             "\xE3\x80\x81",
                                             "\xE4\xB8\xAD",
                                             "\xF0\x9F\x98\x80",
                                             "\xC3",
                                             "\xA9",
                                             "\xE2\x80",
                                             "\xFF",
                                             "word",
                                             "x1"};
    std::mt19937 random(7);
    int differ = 0;
    for (int t = 0; t < 20000; ++t) {
        std::string text;
        for (auto k = random() % 120; k > 0; --k) text += pieces[random() % pieces.size()];
        if (split_search_words(text) != words_one_by_one(text) && differ++ == 0)
            FAIL_CHECK("words differ in: " << text);
    }
    CHECK(differ == 0);
}

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

TEST_CASE("words alike in their first and last 8 bytes and their length are told apart") {
    // The word set hashes a word from its first and last 8 bytes and its
    // length; the bytes between are compared only when those match. Many
    // distinct short words also make its table grow several times.
    std::string summary =
        "childprotectionpolicies childprotecsionpolicies "
        "childprotectionpolicies abcdefghXabcdefgh abcdefghYabcdefgh";
    std::vector<std::string> expected = {"insafe", "childprotectionpolicies",
                                         "childprotecsionpolicies", "abcdefghxabcdefgh",
                                         "abcdefghyabcdefgh"};
    for (int k = 0; k < 3000; ++k) {
        expected.push_back("w" + std::to_string(k));
        summary += " w" + std::to_string(k) + " w" + std::to_string(k / 2);
    }
    Files files = small_site();
    files["content/partners/insafe.toml"] =
        "name = \"Insafe\"\nkind = \"ngo\"\nsummary = \"" + summary + "\"\n";
    auto built = context_for(files);
    const auto entries = search_entries(*built.ctx);
    const auto& words = entry_titled(entries, "Insafe").words;
    REQUIRE(words.size() >= expected.size());
    CHECK(std::vector<std::string>(words.begin(), words.begin() + expected.size()) == expected);
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
