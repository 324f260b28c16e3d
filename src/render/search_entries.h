#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "render/site_context.h"

// What the site's search knows about each page worth finding: every country,
// case study, meeting, guideline set and partner, as plain data. The emit
// stage turns the list into the compact index the search page loads.
namespace copsite {

enum class SearchKind { country, case_study, meeting, guidelines, partner };

// "Country", "Case study", …: what a reader sees next to a hit.
const char* search_kind_label(SearchKind kind);

struct SearchEntry {
    SearchKind kind;
    std::string title;
    std::string url;      // root-relative, with the base path
    std::string snippet;  // plain text, at most kSnippetBytes
    // Folded (lower case, accents removed) and unique, in the order they
    // first appear: the words of the title, then everything else the page
    // says, stop words left out.
    std::vector<std::string> words;
};

inline constexpr std::size_t kSnippetBytes = 160;

// Words too common to narrow a search; never indexed, and dropped from queries.
const std::vector<std::string_view>& search_stop_words();

// "Côte d'Ivoire: a 2019 plan" -> {"cote", "d", "ivoire", "a", "2019", "plan"}:
// folded, split at anything but letters and digits; may repeat.
std::vector<std::string> split_search_words(std::string_view text);

// Hands every entry to `take`, one at a time, in the order the index lists
// them: countries by name, case studies newest first, meetings newest first,
// guideline sets, partners. Entries are made a batch at a time on up to
// `threads` threads, so only one batch of word lists is in memory at once;
// the order does not depend on the number of threads.
void for_each_search_entry(const SiteContext& ctx, unsigned threads,
                           const std::function<void(SearchEntry&&)>& take);

// The same entries as a list.
std::vector<SearchEntry> search_entries(const SiteContext& ctx, unsigned threads = 1);

}  // namespace copsite
