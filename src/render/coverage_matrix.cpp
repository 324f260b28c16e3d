#include "render/coverage_matrix.h"

#include <algorithm>
#include <numeric>

#include "render/view_parts.h"

namespace copsite {

namespace {

// Indices 0..n-1 ordered by a name, so rows read alphabetically.
template <class Name>
std::vector<std::size_t> by_name(std::size_t n, Name&& name) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return name(a) < name(b); });
    return order;
}

View cell_view(std::size_t value, bool counts) {
    View v;
    v["filled"] = View(value > 0);
    if (counts) {
        v["mark"] = View(value > 0 ? std::to_string(value) : "–");
        v["spoken"] = View(value > 0 ? "" : "none");
    } else {
        v["mark"] = View(value > 0 ? "✓" : "–");
        v["spoken"] = View(value > 0 ? "yes" : "no");
    }
    return v;
}

View header_view(const MatrixHeader& h) {
    View v = link(h.title, h.url);
    v["has_url"] = View(!h.url.empty());
    return v;
}

}  // namespace

CoverageMatrix country_category_matrix(const SiteContext& ctx) {
    const auto& c = ctx.content();
    const auto& categories = c.vocabulary.effort_categories;
    CoverageMatrix m;
    m.id = "matrix-categories";
    m.caption = "Kinds of national effort each Member State reports";
    m.corner = "Member State";
    m.total_label = "Member States reporting it";
    for (const auto& k : categories) m.columns.push_back({k.name, ""});
    for (auto i : by_name(c.countries.size(), [&](std::size_t i) -> const std::string& {
             return c.countries[i].name;
         })) {
        const auto& country = c.countries[i];
        m.rows.push_back({country.name, ctx.urls.path(site_paths::country(country.origin.id))});
        std::vector<std::size_t> row(categories.size(), 0);
        for (const auto& e : country.efforts)
            if (auto k = ctx.index().effort_categories.find(e.category.id)) ++row[*k];
        m.cells.push_back(std::move(row));
    }
    return m;
}

CoverageMatrix case_study_guideline_matrix(const SiteContext& ctx) {
    const auto& c = ctx.content();
    CoverageMatrix m;
    m.id = "matrix-guidelines";
    m.caption = "Guideline sets each case study puts into practice";
    m.corner = "Case study";
    m.total_label = "Case studies naming it";
    m.counts = false;
    for (const auto& g : c.guidelines)
        m.columns.push_back({g.title, ctx.urls.path(site_paths::guideline(g.origin.id))});
    // By reference: a copy of two titles for each of 140,000 comparisons at
    // 10,000 case studies was most of the time this took.
    for (auto i : by_name(c.case_studies.size(), [&](std::size_t i) -> const std::string& {
             return c.case_studies[i].title;
         })) {
        const auto& study = c.case_studies[i];
        m.rows.push_back({study.title, ctx.urls.path(site_paths::case_study(study.origin.id))});
        std::vector<std::size_t> row(c.guidelines.size(), 0);
        for (const auto& ref : study.guidelines)
            if (auto g = ctx.index().guidelines.find(ref.id)) row[*g] = 1;
        m.cells.push_back(std::move(row));
    }
    return m;
}

std::vector<std::size_t> column_totals(const CoverageMatrix& m) {
    std::vector<std::size_t> totals(m.columns.size(), 0);
    for (const auto& row : m.cells)
        for (std::size_t k = 0; k < row.size(); ++k) totals[k] += row[k] > 0;
    return totals;
}

View matrix_view(const CoverageMatrix& m) {
    return matrix_view(m, 0, m.rows.size());
}

View matrix_view(const CoverageMatrix& m, std::size_t first, std::size_t last) {
    View v;
    v["id"] = View(m.id);
    v["caption"] = View(m.caption);
    v["corner"] = View(m.corner);
    v["total_label"] = View(m.total_label);
    ViewList columns;
    columns.reserve(m.columns.size());
    for (const auto& h : m.columns) columns.push_back(header_view(h));
    v["columns"] = list_view(std::move(columns));
    ViewList rows;
    rows.reserve(last - first);  // View's move is not noexcept: growing would copy
    for (std::size_t r = first; r < last; ++r) {
        View row = header_view(m.rows[r]);
        ViewList cells;
        cells.reserve(m.cells[r].size());
        for (auto value : m.cells[r]) cells.push_back(cell_view(value, m.counts));
        row["cells"] = list_view(std::move(cells));
        rows.push_back(std::move(row));
    }
    set_list(v, "rows", std::move(rows));
    ViewList totals;
    totals.reserve(m.columns.size());
    for (auto t : column_totals(m)) {
        View cell;
        cell["value"] = text_view(std::to_string(t));
        totals.push_back(std::move(cell));
    }
    v["totals"] = list_view(std::move(totals));
    return v;
}

}  // namespace copsite
