#include "render/explorer.h"

#include <algorithm>
#include <map>
#include <stdexcept>

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

// Adds the positions of `refs` (in `ids` order) to the item's current facet.
void add_positions(std::vector<std::uint32_t>& out, const std::vector<Ref>& refs,
                   const IdMap& ids) {
    for (const auto& r : refs)
        if (auto i = ids.find(r.id)) out.push_back(static_cast<std::uint32_t>(*i));
}

// Ends the item's current facet: its positions sorted, without repeats.
void end_facet(ExplorerItem& item, std::size_t facet) {
    const auto begin = item.positions.begin() + (facet ? item.ends[facet - 1] : 0);
    std::sort(begin, item.positions.end());
    item.positions.erase(std::unique(begin, item.positions.end()), item.positions.end());
    item.ends[facet] = static_cast<std::uint32_t>(item.positions.size());
}

// lists[k] holds case studies; per case study, the k whose list holds it, as
// position(k), in one block (CSR): case study i's are at [start[i], start[i+1]).
struct Inverted {
    std::vector<std::uint32_t> start, values;
    std::span<const std::uint32_t> of(std::size_t i) const {
        return {values.data() + start[i], start[i + 1] - start[i]};
    }
};

template <class Position>
Inverted invert(const std::vector<std::vector<std::size_t>>& lists, std::size_t case_studies,
                Position&& position) {
    Inverted out{std::vector<std::uint32_t>(case_studies + 1, 0), {}};
    for (const auto& list : lists)
        for (auto i : list) ++out.start[i + 1];
    for (std::size_t i = 0; i < case_studies; ++i) out.start[i + 1] += out.start[i];
    out.values.resize(out.start.back());
    auto next = out.start;
    for (std::size_t k = 0; k < lists.size(); ++k)
        for (auto i : lists[k]) out.values[next[i]++] = static_cast<std::uint32_t>(position(k));
    return out;
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
            for (const auto& item : data.items) {  // newest first
                const auto values = item.values(f);
                if (std::binary_search(values.begin(), values.end(), v))
                    page.case_studies.push_back(item.case_study);
            }
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
    if (facets.size() != kExplorerFacets) throw std::logic_error("kExplorerFacets is out of date");

    // Regions and countries come from the backlinks, so the counts match the
    // region and country pages (a region counts the case studies of its countries).
    const auto regions_of =
        invert(b.region_case_studies, c.case_studies.size(), [](std::size_t r) { return r; });
    const auto countries_of = invert(b.country_case_studies, c.case_studies.size(),
                                     [&](std::size_t k) { return country_position[k]; });

    data.items.reserve(c.case_studies.size());
    for (auto i : ctx.case_studies_newest_first) {
        const auto& cs = c.case_studies[i];
        ExplorerItem item{i, {}, {}};
        auto& p = item.positions;
        std::size_t f = 0;
        add_positions(p, cs.themes, ctx.index().themes);
        end_facet(item, f++);
        add_positions(p, cs.guidelines, ctx.index().guidelines);
        end_facet(item, f++);
        add_positions(p, cs.audiences, ctx.index().audiences);
        end_facet(item, f++);
        p.insert(p.end(), regions_of.of(i).begin(), regions_of.of(i).end());
        end_facet(item, f++);
        p.insert(p.end(), countries_of.of(i).begin(), countries_of.of(i).end());
        end_facet(item, f++);
        p.push_back(cs.scope == "national" ? 0 : cs.scope == "regional" ? 1 : 2);
        end_facet(item, f++);
        p.push_back(static_cast<std::uint32_t>(years.at(cs.published.year)));
        end_facet(item, f++);
        if (cs.evaluation) p.push_back(0);
        end_facet(item, f++);
        for (f = 0; f < kExplorerFacets; ++f)
            for (auto value : item.values(f)) facets[f].values[value].count += 1;
        data.items.push_back(std::move(item));
    }
    data.filter_pages = filter_pages(data, ctx.urls);
    return data;
}

}  // namespace copsite
