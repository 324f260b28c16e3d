#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "render/site_context.h"
#include "render/templates.h"

// Coverage matrices: rows × columns with a count in each cell, so the gaps
// show at a glance. Built as data first (easy to test), then as a view for
// the coverage_matrix partial.
namespace copsite {

struct MatrixHeader {
    std::string title;
    std::string url;  // may be empty: not every column has a page
};

struct CoverageMatrix {
    std::string id;  // HTML id of the table, unique on its page
    std::string caption;
    std::string corner;       // the header of the row-header column: "Member State"
    std::string total_label;  // "Member States reporting it"
    bool counts = true;       // cells show counts; false: a mark for yes/no
    std::vector<MatrixHeader> columns;
    std::vector<MatrixHeader> rows;
    std::vector<std::vector<std::size_t>> cells;  // [row][column]
};

// Member States (by name) × effort categories: how many efforts of each kind.
CoverageMatrix country_category_matrix(const SiteContext& ctx);
// Case studies (by title) × guideline sets: 1 where the case study names the set.
CoverageMatrix case_study_guideline_matrix(const SiteContext& ctx);

// For each column, how many rows have a non-zero cell.
std::vector<std::size_t> column_totals(const CoverageMatrix& m);

View matrix_view(const CoverageMatrix& m);
// The rows [first, last) only, with the totals of all rows.
View matrix_view(const CoverageMatrix& m, std::size_t first, std::size_t last);

}  // namespace copsite
