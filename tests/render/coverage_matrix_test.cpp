#include <catch2/catch.hpp>

#include "render/coverage_matrix.h"
#include "support/site_helpers.h"

using namespace copsite;
using namespace copsite::test;

TEST_CASE("the country matrix counts each Member State's efforts by category") {
    auto built = context_for(small_site());
    const auto m = country_category_matrix(*built.ctx);
    // Categories in the order of the vocabulary file: research, legislation.
    REQUIRE(m.columns.size() == 2);
    CHECK(m.columns[0].title == "Research and data");
    CHECK(m.columns[1].title == "Legislation");
    REQUIRE(m.rows.size() == 2);
    CHECK(m.rows[0].title == "Poland");
    CHECK(m.rows[0].url == "/countries/pol/");
    CHECK(m.rows[1].title == "Zambia");
    CHECK(m.cells == std::vector<std::vector<std::size_t>>{{1, 0}, {0, 0}});
    CHECK(column_totals(m) == std::vector<std::size_t>{1, 0});
}

TEST_CASE("the case-study matrix marks exactly the guideline sets each case study names") {
    auto built = context_for(small_site());
    const auto m = case_study_guideline_matrix(*built.ctx);
    const auto& guidelines = built.ctx->content().guidelines;
    REQUIRE(m.columns.size() == guidelines.size());
    REQUIRE(m.rows.size() == 2);
    CHECK(m.rows[0].title == "A network of hotlines");
    CHECK(m.rows[1].title == "Safer Internet Day");
    for (std::size_t g = 0; g < guidelines.size(); ++g) {
        INFO(guidelines[g].origin.id);
        const auto& id = guidelines[g].origin.id;
        CHECK(m.cells[0][g] == (id == "policy-makers" ? 1u : 0u));
        CHECK(m.cells[1][g] == (id == "children" || id == "parents-educators" ? 1u : 0u));
    }
}

TEST_CASE("a matrix view says yes or no to screen readers and counts each column") {
    CoverageMatrix m;
    m.id = "t";
    m.counts = false;
    m.columns = {{"A", "/a/"}, {"B", ""}};
    m.rows = {{"Row", "/row/"}};
    m.cells = {{1, 0}};
    auto v = matrix_view(m);
    auto rows = v["rows"].list_value();
    auto cells = rows[0]["cells"].list_value();
    auto totals = v["totals"].list_value();
    auto columns = v["columns"].list_value();
    CHECK(cells[0]["mark"].string_value() == "✓");
    CHECK(cells[0]["spoken"].string_value() == "yes");
    CHECK(cells[1]["mark"].string_value() == "–");
    CHECK(cells[1]["spoken"].string_value() == "no");
    CHECK(totals[1]["value"].string_value() == "0");
    CHECK(columns[1]["has_url"].is_false());
}
