#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Small text helpers shared by the stages.
namespace copsite {

// Escapes & < > " ' for HTML text and attribute values.
std::string html_escape(std::string_view text);
void append_html_escaped(std::string& out, std::string_view text);

// True for "a", "safer-internet-day", "cwg-cop-16": [a-z0-9]+(-[a-z0-9]+)*.
bool is_slug(std::string_view id);

// True for http://, https:// and mailto: URLs with something after the scheme.
bool is_allowed_url(std::string_view url);

// "Côte d'Ivoire" -> "cote d'ivoire": lower case, Latin accents removed, for
// accent-insensitive search and sorting.
std::string fold_for_search(std::string_view text);

// Trims to at most `max` bytes at a word boundary, adding "…" when cut.
std::string shorten(std::string_view text, std::size_t max);

// A 64-bit hash of the bytes, eight at a time in four lanes: enough to notice
// that a text changed, fast enough for every body of a large site and for
// every word of the search index. Not cryptographic; the same only within one
// build of one program.
std::uint64_t text_hash(std::string_view text);

// A character the HTML standard does not allow in a page (the W3C checker
// reports it as an error): a control character other than tab, line feed,
// form feed and carriage return (U+0000-U+001F, U+007F-U+009F), or a
// noncharacter (U+FDD0-U+FDEF, U+FFFE, U+FFFF, U+1FFFE, …). Such characters
// are usually invisible in an editor; TOML escapes such as \u001A and
// Markdown references such as &#26; write them too.
bool is_forbidden_in_html(char32_t c);

struct ForbiddenCharacter {
    std::size_t offset;  // in bytes
    std::size_t size;    // in bytes
    char32_t code_point;
};

// The first such character of a UTF-8 text. REQUIRES: valid UTF-8.
std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view utf8);

// A numeric character reference at text[at] ("&#26;", "&#x1A;"), as
// CommonMark reads one: 1-7 decimal or 1-6 hexadecimal digits and a
// semicolon. The code point is as written: 0, a surrogate or a value past
// U+10FFFF is the caller's to replace. `size` counts "&#" to ";".
struct NumericReference {
    char32_t code_point;
    std::size_t size;
};
std::optional<NumericReference> read_numeric_reference(std::string_view text, std::size_t at);

// Appends the UTF-8 bytes of a code point.
void append_utf8(std::string& out, char32_t c);

// "U+001A".
std::string code_point_name(char32_t c);

// "1 contribution", "18 contributions", "0 contributions".
std::string counted(std::size_t n, std::string_view one, std::string_view many);

}  // namespace copsite

namespace copsite {
std::string upper(std::string_view text);  // ASCII only
std::string lower(std::string_view text);  // ASCII only
}  // namespace copsite
