#pragma once

#include <cstddef>
#include <vector>

#include "check/id_index.h"
#include "model/content.h"

// Every cross-link seen from its other end, as indices into Content. Built in
// one pass over the references, so cost is linear in the content.
namespace copsite {

struct EffortAt {
    std::size_t country, effort;
};
struct StatisticAt {
    std::size_t country, statistic;
};
struct ContributionAt {
    std::size_t meeting, contribution;
};

using Indices = std::vector<std::size_t>;

struct Backlinks {
    // Indexed by country.
    std::vector<Indices> country_case_studies;  // naming it or submitted by it
    std::vector<std::vector<ContributionAt>> country_contributions;
    std::vector<Indices> country_chaired_meetings;
    // Indexed by meeting.
    std::vector<Indices> meeting_case_studies;
    std::vector<std::vector<EffortAt>> meeting_efforts;
    std::vector<std::vector<StatisticAt>> meeting_statistics;
    // Indexed by guideline set.
    std::vector<Indices> guideline_case_studies;
    std::vector<std::vector<EffortAt>> guideline_efforts;
    // Indexed by partner.
    std::vector<Indices> partner_case_studies;  // involving it or submitted by it
    std::vector<std::vector<ContributionAt>> partner_contributions;
    // Indexed by vocabulary entry.
    std::vector<Indices> theme_case_studies;
    std::vector<std::vector<EffortAt>> theme_efforts;
    std::vector<Indices> region_countries;
    std::vector<Indices> region_case_studies;  // naming the region or one of its countries
    std::vector<std::vector<EffortAt>> category_efforts;
    std::vector<Indices> audience_case_studies;
    std::vector<Indices> kind_partners;
};

// REQUIRES: every reference resolves (resolve_refs reported nothing).
Backlinks build_backlinks(const Content& content, const IdIndex& index);

}  // namespace copsite
