#include "render/explorer.h"

#include <algorithm>
#include <map>

#include "core/text.h"

namespace copsite {

namespace {

Facet vocabulary_facet(std::string key, std::string label, const std::vector<VocabularyEntry>& list,
                       std::string (*path)(std::string_view), const SiteContext& ctx) {
    Facet f{std::move(key), std::move(label), {}};
    for (const auto& v : list)
        f.values.push_back({v.id, v.name, path ? ctx.urls.path(path(v.id)) : std::string(), 0});
    return f;
}

// Positions of `ids` in `map` order (map: id -> position).
std::vector<std::size_t> positions(const std::vector<Ref>& refs, const IdMap& ids) {
    std::vector<std::size_t> out;
    for (const auto& r : refs)
        if (auto i = ids.find(r.id)) out.push_back(*i);
    return out;
}

void normalise(std::vector<std::size_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The pages of the values that have no page elsewhere; each such value
// links to its page.
std::vector<FilterPage> filter_pages(ExplorerData& data, const Urls& urls) {
    std::vector<FilterPage> out;
    for (std::size_t f = 0; f < data.facets.size(); ++f) {
        auto& facet = data.facets[f];
        if (facet.key != "audience" && facet.key != "scope" && facet.key != "year" &&
            facet.key != "evaluation")
            continue;
        for (std::size_t v = 0; v < facet.values.size(); ++v) {
            if (facet.values[v].count == 0) continue;
            auto& value = facet.values[v];
            FilterPage page{facet.key,
                            value.id,
                            value.name,
                            "case-studies/" + facet.key + "/" + value.id + "/",
                            {}};
            for (const auto& item : data.items)  // newest first
                if (std::binary_search(item.values[f].begin(), item.values[f].end(), v))
                    page.case_studies.push_back(item.case_study);
            value.url = urls.path(page.site_path);
            out.push_back(std::move(page));
        }
    }
    return out;
}

}  // namespace

ExplorerData explorer_data(const SiteContext& ctx) {
    const auto& c = ctx.content();
    const auto& b = ctx.backlinks();
    const auto& v = c.vocabulary;
    ExplorerData data;
    auto& facets = data.facets;
    facets.push_back(vocabulary_facet("theme", "Theme", v.themes, &site_paths::theme, ctx));
    Facet guideline{"guideline", "Guideline set", {}};
    for (const auto& g : c.guidelines)
        guideline.values.push_back(
            {g.origin.id, g.title, ctx.urls.path(site_paths::guideline(g.origin.id)), 0});
    facets.push_back(std::move(guideline));
    facets.push_back(vocabulary_facet("audience", "Audience", v.audiences, nullptr, ctx));
    facets.push_back(vocabulary_facet("region", "Region", v.regions, &site_paths::region, ctx));
    // Countries by name, as readers look for them.
    std::vector<std::size_t> by_name(c.countries.size());
    for (std::size_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
    std::stable_sort(by_name.begin(), by_name.end(), [&](std::size_t x, std::size_t y) {
        return fold_for_search(c.countries[x].name) < fold_for_search(c.countries[y].name);
    });
    std::vector<std::size_t> country_position(c.countries.size());
    Facet country{"country", "Country", {}};
    for (std::size_t k = 0; k < by_name.size(); ++k) {
        const auto& x = c.countries[by_name[k]];
        country_position[by_name[k]] = k;
        country.values.push_back(
            {x.code, x.name, ctx.urls.path(site_paths::country(x.origin.id)), 0});
    }
    facets.push_back(std::move(country));
    facets.push_back({"scope",
                      "Scope",
                      {{"national", "National", "", 0},
                       {"regional", "Regional", "", 0},
                       {"international", "International", "", 0}}});
    std::map<int, std::size_t, std::greater<>> years;
    for (const auto& cs : c.case_studies) years.emplace(cs.published.year, 0);
    Facet year{"year", "Year published", {}};
    for (auto& [y, position] : years) {
        position = year.values.size();
        year.values.push_back({std::to_string(y), std::to_string(y), "", 0});
    }
    facets.push_back(std::move(year));
    facets.push_back({"evaluation", "Evaluation", {{"yes", "Has an evaluation", "", 0}}});

    // Regions and countries come from the backlinks, so the counts match the
    // region and country pages (a region counts the case studies of its countries).
    std::vector<std::vector<std::size_t>> regions_of(c.case_studies.size());
    for (std::size_t r = 0; r < b.region_case_studies.size(); ++r)
        for (auto i : b.region_case_studies[r]) regions_of[i].push_back(r);
    std::vector<std::vector<std::size_t>> countries_of(c.case_studies.size());
    for (std::size_t k = 0; k < b.country_case_studies.size(); ++k)
        for (auto i : b.country_case_studies[k]) countries_of[i].push_back(country_position[k]);

    for (auto i : ctx.case_studies_newest_first) {
        const auto& cs = c.case_studies[i];
        ExplorerItem item{i, {}};
        item.values.push_back(positions(cs.themes, ctx.index().themes));
        item.values.push_back(positions(cs.guidelines, ctx.index().guidelines));
        item.values.push_back(positions(cs.audiences, ctx.index().audiences));
        item.values.push_back(std::move(regions_of[i]));
        item.values.push_back(std::move(countries_of[i]));
        const std::size_t scope = cs.scope == "national" ? 0 : cs.scope == "regional" ? 1 : 2;
        item.values.push_back({scope});
        item.values.push_back({years.at(cs.published.year)});
        item.values.push_back(cs.evaluation ? std::vector<std::size_t>{0}
                                            : std::vector<std::size_t>{});
        for (std::size_t f = 0; f < item.values.size(); ++f) {
            normalise(item.values[f]);
            for (auto value : item.values[f]) facets[f].values[value].count += 1;
        }
        data.items.push_back(std::move(item));
    }
    data.filter_pages = filter_pages(data, ctx.urls);
    return data;
}

}  // namespace copsite
