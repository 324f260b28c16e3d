#pragma once

#include <string>
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

std::string search_index_json(const std::vector<SearchEntry>& entries);

}  // namespace copsite
