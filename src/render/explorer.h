#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "render/site_context.h"

// The case-study explorer's data: every case study (not only the first page
// of the index) with the values it has for each filter. The case-studies
// index renders the filters as links from it; the emit stage writes it as
// case-studies/explorer.json for explorer.js.
namespace copsite {

struct FacetValue {
    std::string id;         // what the address says: ?theme=awareness-raising
    std::string name;       // what the reader sees
    std::string url;        // its static page, if it has one
    std::size_t count = 0;  // case studies having it
};

struct Facet {
    std::string key;    // "theme", "guideline", "audience", "region", "country", "scope", "year",
                        // "evaluation"
    std::string label;  // "Theme", …
    std::vector<FacetValue> values;
};

// theme, guideline, audience, region, country, scope, year, evaluation.
inline constexpr std::size_t kExplorerFacets = 8;

struct ExplorerItem {
    std::size_t case_study;  // index into Content::case_studies
    // The positions of the values this case study has, facet after facet,
    // each facet's ascending: one allocation a case study, not one a facet.
    std::vector<std::uint32_t> positions;
    std::array<std::uint32_t, kExplorerFacets> ends{};  // of each facet's run
    std::span<const std::uint32_t> values(std::size_t facet) const {
        const auto begin = facet ? ends[facet - 1] : 0;
        return {positions.data() + begin, ends[facet] - begin};
    }
};

// A filter value with no page elsewhere (an audience, a scope, a year, "has
// an evaluation") gets one listing its case studies, so that without
// JavaScript every value of the explorer is still a link.
struct FilterPage {
    std::string key, id, name;
    std::string site_path;                  // "case-studies/year/2014/"
    std::vector<std::size_t> case_studies;  // with the value, newest first
};

struct ExplorerData {
    std::vector<Facet> facets;
    std::vector<ExplorerItem> items;  // newest first
    // Every value with at least one case study, of the facets above, in
    // facet order: made once, each page of each is a page job.
    std::vector<FilterPage> filter_pages;
};

ExplorerData explorer_data(const SiteContext& ctx);

}  // namespace copsite
