#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "render/search_entries.h"

// search-index.json: what /search/ loads, once, when a reader starts a search.
//
//   {"version": 1,
//    "kinds": ["Country", "Case study", …],
//    "stop": ["a", "and", …],               words never indexed
//    "docs": [[kind, title, url, snippet], …],
//    "words": ["abuse", "access", …],       sorted, for prefix search
//    "postings": ["0,3,a1", …]}             per word: doc numbers, ascending,
//                                            each written as the base-36
//                                            difference from the previous one
//
// An inverted index is much smaller than a word list per document (each word
// is written once), sorted words give prefix matches by binary search, and
// postings stay strings until a query needs them, so parsing is cheap.
namespace copsite {

// Builds search-index.json from entries added in index order. Only the
// postings are kept, not each entry's word list, so a large site's index
// never holds every page's words at once.
class SearchIndexWriter {
  public:
    SearchIndexWriter();
    void add(const SearchEntry& entry);
    std::string finish() &&;

  private:
    std::string json_;  // the head and the docs written so far
    std::uint32_t docs_ = 0;
    // The numbers of the documents that contain a word, ascending, kept as
    // the differences between them in 7-bit groups: most are one byte, a
    // quarter of the four a plain number takes, on the largest sites the
    // biggest thing the index holds.
    struct Postings {
        std::string deltas;
        std::uint32_t last = 0;
        void add(std::uint32_t doc);
        std::vector<std::uint32_t> docs() const;
    };
    struct Word {
        std::string text;
        std::uint64_t hash;  // text_hash
        Postings postings;
    };
    // The words in the order first seen, found through an open-addressing
    // table of their numbers: a large site files tens of millions of words,
    // and std::unordered_map's nodes and prime-modulo buckets made lookups
    // most of the time the index took.
    std::vector<Word> words_;
    std::vector<std::uint32_t> slots_;  // word number + 1; 0: free
    Postings& postings_of(std::string_view word);
    void grow();
};

std::string search_index_json(const std::vector<SearchEntry>& entries);

}  // namespace copsite
