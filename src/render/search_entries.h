#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/markdown.h"
#include "render/site_context.h"

// What the site's search knows about each page worth finding: every country,
// case study, meeting, guideline set and partner, as plain data. Each such
// page makes its entry as it is rendered (PageView::search_entry); the emit
// stage files them, in search_documents order, into the compact index the
// search page loads.
namespace copsite {

enum class SearchKind { country, case_study, meeting, guidelines, partner };
inline constexpr std::size_t kSearchKinds = 5;

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

// A page worth finding: what it is about and where (content().countries[index], …).
struct SearchDoc {
    SearchKind kind;
    std::size_t index;
};

// Every page worth finding, in the order the index lists them: countries by
// name, case studies newest first, meetings newest first, guideline sets,
// partners. A page's place in this list is its document number.
std::vector<SearchDoc> search_documents(const SiteContext& ctx);

// The entry of one page.
SearchEntry search_entry(const SiteContext& ctx, SearchDoc doc);

// A case study's entry from its body and findings already parsed for its
// page (findings null when it has no evaluation): each is read once.
SearchEntry case_study_search_entry(const SiteContext& ctx, std::size_t index,
                                    const ParsedMarkdown& body, const ParsedMarkdown* findings);

// Every entry, in index order, made on up to `threads` threads.
std::vector<SearchEntry> search_entries(const SiteContext& ctx, unsigned threads = 1);

}  // namespace copsite
