#include <catch2/catch.hpp>

#include <algorithm>

#include "emit/explorer_json.h"
#include "render/explorer.h"
#include "support/site_helpers.h"

using namespace copsite;
using namespace copsite::test;

namespace {

const Facet& facet(const ExplorerData& d, const std::string& key) {
    auto it = std::find_if(d.facets.begin(), d.facets.end(),
                           [&](const Facet& f) { return f.key == key; });
    REQUIRE(it != d.facets.end());
    return *it;
}

std::size_t count_of(const Facet& f, const std::string& id) {
    for (const auto& v : f.values)
        if (v.id == id) return v.count;
    FAIL("no value " << id << " in " << f.key);
    return 0;
}

}  // namespace

TEST_CASE("the explorer lists every case study with its value for each filter, counted") {
    auto built = context_for(small_site());
    const auto data = explorer_data(*built.ctx);
    REQUIRE(data.items.size() == built.ctx->content().case_studies.size());
    std::vector<std::string> keys;
    for (const auto& f : data.facets) keys.push_back(f.key);
    CHECK(keys == std::vector<std::string>{"theme", "guideline", "audience", "region", "country",
                                           "scope", "year", "evaluation"});
    CHECK(count_of(facet(data, "theme"), "awareness") == 1);
    CHECK(count_of(facet(data, "guideline"), "children") == 1);
    CHECK(count_of(facet(data, "audience"), "children") == 1);
    CHECK(count_of(facet(data, "country"), "POL") == 1);
    CHECK(count_of(facet(data, "region"), "europe") == 1);  // through Poland
    CHECK(count_of(facet(data, "scope"), "international") == 2);
    CHECK(count_of(facet(data, "year"), "2014") == 2);
    CHECK(count_of(facet(data, "evaluation"), "yes") == 1);
    CHECK(facet(data, "theme").values.front().url == "/themes/awareness/");
    CHECK(facet(data, "country").values.front().url == "/countries/pol/");
    // Values with no page elsewhere get one of their own.
    CHECK(facet(data, "year").values.front().url == "/case-studies/year/2014/");
    CHECK(facet(data, "evaluation").values.front().url == "/case-studies/evaluation/yes/");
    const auto& pages = data.filter_pages;
    CHECK(pages.size() == 5);  // 2 audiences, 1 scope, 1 year, with an evaluation
    for (const auto& page : pages)
        if (page.key == "year") CHECK(page.case_studies.size() == 2);
}

TEST_CASE("explorer.json carries every case study, not only the first page of the index") {
    Files files = small_site();
    for (int i = 0; i < 120; ++i)
        files["content/case-studies/extra-" + std::to_string(i) + ".toml"] =
            "title = \"Extra " + std::to_string(i) +
            "\"\nsummary = \"More.\"\npublished = 2012-01-01\nsubmitted_by = { partner = "
            "\"inhope\" }\nscope = \"national\"\nthemes = [\"hotlines\"]\nbody = \"Text.\"\n";
    auto built = context_for(files);
    const auto json = explorer_json(*built.ctx, explorer_data(*built.ctx));
    CHECK(json.find("\"Extra 0\"") != std::string::npos);
    CHECK(json.find("\"Extra 119\"") != std::string::npos);
    CHECK(
        json.find("[\"Safer Internet Day\",\"/case-studies/safer-internet-day/\",\"2014-02-21\"") !=
        std::string::npos);
}
