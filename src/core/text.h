#pragma once

#include <cstdint>
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

// "1 contribution", "18 contributions", "0 contributions".
std::string counted(std::size_t n, std::string_view one, std::string_view many);

}  // namespace copsite

namespace copsite {
std::string upper(std::string_view text);  // ASCII only
std::string lower(std::string_view text);  // ASCII only
}  // namespace copsite
