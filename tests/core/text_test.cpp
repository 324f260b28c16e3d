#include <catch2/catch.hpp>

#include <cstring>
#include <random>

#include "core/date.h"
#include "core/edit_distance.h"
#include "core/json.h"
#include "core/text.h"

using namespace copsite;

TEST_CASE("slugs are lower-case words joined by single hyphens") {
    CHECK(is_slug("safer-internet-day"));
    CHECK(is_slug("cwg-cop-16"));
    CHECK_FALSE(is_slug("Safer"));
    CHECK_FALSE(is_slug("a--b"));
    CHECK_FALSE(is_slug("-a"));
    CHECK_FALSE(is_slug("a_b"));
    CHECK_FALSE(is_slug(""));
}

TEST_CASE("only http, https and mailto URLs are allowed") {
    CHECK(is_allowed_url("https://www.itu.int/"));
    CHECK(is_allowed_url("http://example.org"));
    CHECK(is_allowed_url("mailto:cop@itu.int"));
    CHECK_FALSE(is_allowed_url("javascript:alert(1)"));
    CHECK_FALSE(is_allowed_url("ftp://example.org"));
    CHECK_FALSE(is_allowed_url("https://"));
    CHECK_FALSE(is_allowed_url("https://exa mple.org"));
    CHECK_FALSE(is_allowed_url("/countries/pol/"));
}

TEST_CASE("search folding removes accents and case") {
    CHECK(fold_for_search("Türkiye") == "turkiye");
    CHECK(fold_for_search("Côte d’Ivoire") == "cote d'ivoire");
    CHECK(fold_for_search("ÉCOLE") == "ecole");
}

TEST_CASE("search folding is the same for a character wherever it falls in a long text") {
    // Short texts are folded a byte at a time, long runs of ASCII 16 bytes
    // at a time: folding a whole text must equal folding it a character at a
    // time.
    const std::vector<std::string> pieces = {"A", "z", "M", "@", "[", "`", "{", " ",  "0",
                                             "Q", "É", "é", "Ł", "ß", "’", "—", "中", "😀"};
    std::mt19937 random(11);
    int differ = 0;
    for (int t = 0; t < 5000; ++t) {
        std::string text, folded;
        for (auto k = random() % 200; k > 0; --k) {
            const auto& piece = pieces[random() % (random() % 4 ? 10 : pieces.size())];
            text += piece;
            folded += copsite::fold_for_search(piece);
        }
        if (copsite::fold_for_search(text) != folded && differ++ == 0)
            FAIL_CHECK("folded differently: " << text);
    }
    CHECK(differ == 0);
}

TEST_CASE("html_escape escapes the five special characters") {
    CHECK(html_escape("<a href=\"x\">R&D's</a>") ==
          "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;");
}

TEST_CASE("shorten cuts at a word boundary and adds an ellipsis") {
    CHECK(shorten("short", 10) == "short");
    CHECK(shorten("the quick brown fox jumps", 12) == "the quick…");
}

TEST_CASE("counted uses the singular for one and the plural for any other number") {
    CHECK(counted(1, "contribution", "contributions") == "1 contribution");
    CHECK(counted(0, "contribution", "contributions") == "0 contributions");
    CHECK(counted(18, "case study", "case studies") == "18 case studies");
}

TEST_CASE("json strings escape quotes, control characters and <") {
    CHECK(json_string("a\"b\\c\n</script>") == R"("a\"b\\c\n\u003c/script>")");
    CHECK(json_string("\ttab, \x01 control, Côte d’Ivoire\r") ==
          R"("\ttab, \u0001 control, Côte d’Ivoire\r")");
    CHECK(json_string("") == R"("")");
}

TEST_CASE("json strings escape a character wherever it is, around 16-byte blocks") {
    const std::pair<std::string, std::string> escaped[] = {{"\"", "\\\""},
                                                           {"\\", "\\\\"},
                                                           {"<", "\\u003c"},
                                                           {"\n", "\\n"},
                                                           {"\x01", "\\u0001"},
                                                           {"\x1f", "\\u001f"},
                                                           {std::string(1, '\0'), "\\u0000"}};
    const std::string fillers[] = {"a", "\xC3\xA9", " "};  // é
    for (const auto& filler : fillers)
        for (std::size_t before = 0; before <= 40; ++before) {
            std::string head;
            for (std::size_t k = 0; k < before; ++k) head += k % 3 ? filler : std::string("b");
            const std::string tail = "after it, more than sixteen bytes of text";
            for (const auto& [c, e] : escaped) {
                INFO(before << " before");
                CHECK(json_string(head + c + tail) == "\"" + head + e + tail + "\"");
            }
            // Bytes just outside the ranges pass as they are.
            for (const std::string c : {" ", "=", "[", "]", "~", "\x7f", "\xC3\xA9"})
                CHECK(json_string(head + c + tail) == "\"" + head + c + tail + "\"");
        }
}

TEST_CASE("edit distance finds the closest candidate") {
    CHECK(edit_distance("kitten", "sitting", 10) == 3);
    CHECK(closest_match("regoin", {"region", "name", "code"}) ==
          std::optional<std::string>("region"));
    CHECK(closest_match("cwg-cop-61", {"cwg-cop-16", "cwg-cop-7"}) ==
          std::optional<std::string>("cwg-cop-16"));
    CHECK_FALSE(closest_match("zzzzzz", {"region", "name"}).has_value());
}

TEST_CASE("dates print as ISO, in words and in RFC 822") {
    const Date d{2020, 2, 4};
    CHECK(d.iso() == "2020-02-04");
    CHECK(d.human() == "4 February 2020");
    CHECK(d.rfc822() == "Tue, 04 Feb 2020 00:00:00 +0000");
    CHECK(Date{2013, 10, 9}.rfc822() == "Wed, 09 Oct 2013 00:00:00 +0000");
    CHECK(is_valid_date(2020, 2, 29));
    CHECK_FALSE(is_valid_date(2019, 2, 29));
    CHECK_FALSE(is_valid_date(2020, 13, 1));
}

TEST_CASE("a text's hash changes when any one byte of it changes") {
    // Lengths around the 8-byte words and the 32-byte blocks of four lanes.
    for (std::size_t n = 0; n <= 100; ++n) {
        std::string text(n, 'a');
        for (std::size_t i = 0; i < n; ++i) text[i] = static_cast<char>('a' + i % 26);
        const auto h = copsite::text_hash(text);
        CHECK(copsite::text_hash(text + "a") != h);  // and when it grows
        for (std::size_t i = 0; i < n; ++i) {
            auto changed = text;
            changed[i] ^= 1;
            INFO("length " << n << ", byte " << i);
            CHECK(copsite::text_hash(changed) != h);
        }
    }
    CHECK(copsite::text_hash("case study") == copsite::text_hash(std::string("case study")));
}

TEST_CASE("a text's hash reads its last bytes at once, as it would one by one") {
    // Prefixes and suffixes of every length, against the byte-by-byte reading.
    const std::string sample = "Child Online Protection: the COP Guidelines, 2020 edition";
    const auto bytewise = [](std::string_view t) {
        // The same mixing, the last bytes taken one at a time.
        std::uint64_t h = t.size() * 0x9E3779B97F4A7C15;
        const auto mix = [](std::uint64_t x, std::uint64_t w) {
            x = (x ^ w) * 0x9E3779B97F4A7C15;
            return x ^ (x >> 29);
        };
        std::size_t n = t.size(), at = 0;
        if (n >= 32) {
            std::uint64_t a = h, b = h + 1, c = h + 2, d = h + 3;
            for (; n >= 32; at += 32, n -= 32) {
                std::uint64_t w[4];
                std::memcpy(w, t.data() + at, 32);
                a = mix(a, w[0]);
                b = mix(b, w[1]);
                c = mix(c, w[2]);
                d = mix(d, w[3]);
            }
            h = mix(mix(mix(a, b), c), d);
        }
        for (; n >= 8; at += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, t.data() + at, 8);
            h = mix(h, w);
        }
        std::uint64_t tail = 0;
        for (std::size_t i = 0; i < n; ++i)
            tail |= std::uint64_t{static_cast<unsigned char>(t[at + i])} << (8 * i);
        return mix(h, tail);
    };
    for (std::size_t size = 0; size <= sample.size(); ++size) {
        CHECK(copsite::text_hash(sample.substr(0, size)) == bytewise(sample.substr(0, size)));
        CHECK(copsite::text_hash(sample.substr(size)) == bytewise(sample.substr(size)));
    }
}

TEST_CASE("characters a web page must not contain are found wherever they are") {
    const auto utf8 = [](char32_t c) {
        std::string s;
        append_utf8(s, c);
        return s;
    };
    const char32_t forbidden[] = {0x00,   0x01,   0x08,   0x0B,    0x0E,    0x1A,
                                  0x1F,   0x7F,   0x80,   0x85,    0x9F,    0xFDD0,
                                  0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF};
    const char32_t allowed[] = {'\t', '\n',   '\f',   '\r',   ' ',    '~',     0xA0,
                                0xE9, 0x2014, 0xFDCF, 0xFDF0, 0xFFFD, 0x1F600, 0x10FFFD};
    for (const auto c : forbidden) CHECK(is_forbidden_in_html(c));
    for (const auto c : allowed) CHECK_FALSE(is_forbidden_in_html(c));
    // At every place around the 16- and 8-byte blocks, after ASCII, line
    // ends and other characters of several bytes.
    const std::string fillers[] = {"a", "\n", "\xC3\xA9", "\xE2\x80\x94"};  // é —
    for (const auto& filler : fillers)
        for (std::size_t before = 0; before <= 40; ++before) {
            std::string head;
            for (std::size_t k = 0; k < before; ++k) head += k % 3 ? filler : std::string("b");
            for (const auto c : forbidden) {
                const auto text = head + utf8(c) + "after the character, more text";
                INFO("filler " << filler << ", " << before << " before, U+" << std::hex
                               << static_cast<unsigned>(c));
                const auto found = find_forbidden_character(text);
                REQUIRE(found);
                CHECK(found->offset == head.size());
                CHECK(found->code_point == c);
                CHECK(found->size == utf8(c).size());
            }
            for (const auto c : allowed)
                CHECK_FALSE(find_forbidden_character(head + utf8(c) + "after it, more text"));
        }
    CHECK(code_point_name(0x1A) == "U+001A");
    CHECK(code_point_name(0x1FFFE) == "U+1FFFE");
}

TEST_CASE("numeric character references are read as CommonMark reads them") {
    const auto read = [](std::string_view text) {
        const auto ref = read_numeric_reference(text, 2);  // after "a "
        return ref ? std::to_string(ref->code_point) + "/" + std::to_string(ref->size)
                   : std::string("none");
    };
    CHECK(read("a &#26; b") == "26/5");
    CHECK(read("a &#x1A;") == "26/6");
    CHECK(read("a &#X1a;") == "26/6");
    CHECK(read("a &#9999999;") == "9999999/10");  // 7 decimal digits at most
    CHECK(read("a &#10000000;") == "none");
    CHECK(read("a &#x10FFFF;") == "1114111/10");  // 6 hexadecimal digits at most
    CHECK(read("a &#x1000000;") == "none");
    CHECK(read("a &#;") == "none");
    CHECK(read("a &#x;") == "none");
    CHECK(read("a &#12ab;") == "none");
    CHECK(read("a &#26") == "none");
    CHECK(read("a &amp;") == "none");
}
