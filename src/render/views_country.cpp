#include <algorithm>

#include "render/coverage_matrix.h"
#include "render/json_ld.h"
#include "render/markdown.h"
#include "render/pages.h"
#include "render/pagination.h"
#include "render/view_parts.h"
#include "render/world_map_svg.h"

namespace copsite {

namespace {

View effort_view(const SiteContext& ctx, const Effort& e, std::size_t number) {
    const auto& v = ctx.content().vocabulary;
    const auto& category =
        vocabulary_entry(v.effort_categories, ctx.index().effort_categories, e.category);
    View view;
    view["anchor"] = View("effort-" + std::to_string(number));
    view["title"] = View(e.title);
    view["category"] = View(category.name);
    set_text(view, "status", e.status);
    set_text(view, "year", e.year ? std::to_string(*e.year) : "");
    view["description_html"] = text_view(render_markdown(e.description, 4));
    set_list(view, "themes", theme_links(ctx, e.themes));
    set_list(view, "guidelines", guideline_links(ctx, e.guidelines));
    set_list(view, "meetings", meeting_links(ctx, e.meetings));
    set_list(view, "links", web_links(e.links));
    return view;
}

View statistic_view(const SiteContext& ctx, const Statistic& s) {
    View view;
    view["label"] = View(s.label);
    view["value"] = View(s.value);
    set_text(view, "year", s.year ? std::to_string(*s.year) : "");
    view["source"] = s.source_meeting ? View(meeting_links(ctx, {*s.source_meeting}).front())
                                      : link(s.source_url, s.source_url);
    set_text(view, "note", s.source_note);
    return view;
}

// The "at a glance" facts: categories reported, freshness, validation.
void add_glance(const SiteContext& ctx, const Country& c, View& view) {
    const auto& v = ctx.content().vocabulary;
    ViewList categories;
    categories.reserve(v.effort_categories.size());
    for (std::size_t k = 0; k < v.effort_categories.size(); ++k) {
        bool reported = false;
        for (const auto& e : c.efforts) reported |= e.category.id == v.effort_categories[k].id;
        if (reported) {
            View item;
            item["name"] = View(v.effort_categories[k].name);
            categories.push_back(std::move(item));
        }
    }
    set_list(view, "categories", std::move(categories));
    view["updated"] = date_view(c.updated);
    view["validated"] = View(c.validated.has_value());
    view["validated_date"] = date_view(c.validated.value_or(Date{}));
    view["stale"] = View(more_than_two_years_before(c.updated, ctx.content_date));
}

// The map of profiled Member States, its legend and the states it cannot show.
void add_map(const SiteContext& ctx, View& view) {
    const auto& c = ctx.content();
    std::vector<MapCountry> countries;
    for (const auto& country : c.countries)
        countries.push_back({country.code, country.name,
                             ctx.urls.path(site_paths::country(country.origin.id)),
                             country.efforts.size()});
    auto map = world_map_svg(ctx.world_map, countries, "world-map");
    view["has_map"] = View(!map.svg.empty());
    view["map_svg"] = View(std::move(map.svg));
    ViewList legend;
    const auto& levels = map_levels();
    legend.reserve(levels.size());
    for (std::size_t l = 0; l < levels.size(); ++l) {
        View item;
        item["css_class"] = View(levels[l].css_class);
        item["label"] = View(levels[l].label);
        item["count"] = text_view(std::to_string(
            std::count_if(countries.begin(), countries.end(),
                          [&](const MapCountry& m) { return map_level(m.efforts) == l; })));
        legend.push_back(std::move(item));
    }
    view["map_legend"] = list_view(std::move(legend));
    ViewList unmapped;
    unmapped.reserve(map.unmapped.size());
    for (const auto& code : map.unmapped)
        for (const auto& m : countries)
            if (m.code == code) unmapped.push_back(link(m.name, m.url));
    set_list(view, "unmapped", std::move(unmapped));
}

}  // namespace

PageView country_page(const SiteContext& ctx, std::size_t i, std::size_t page) {
    const auto& c = ctx.content().countries[i];
    const auto& b = ctx.backlinks();
    const auto& region =
        vocabulary_entry(ctx.content().vocabulary.regions, ctx.index().regions, c.region);
    View view;
    view["name"] = View(c.name);
    view["code"] = View(c.code);
    view["region"] = link(region.name, ctx.urls.path(site_paths::region(region.id)));
    view["summary"] = View(c.summary);
    set_text(view, "body_html", render_markdown(c.body));
    add_glance(ctx, c, view);
    ViewList efforts;
    efforts.reserve(c.efforts.size());
    for (std::size_t e = 0; e < c.efforts.size(); ++e)
        efforts.push_back(effort_view(ctx, c.efforts[e], e + 1));
    set_list(view, "efforts", std::move(efforts));
    ViewList statistics;
    statistics.reserve(c.statistics.size());
    for (const auto& s : c.statistics) statistics.push_back(statistic_view(ctx, s));
    set_list(view, "statistics", std::move(statistics));
    const auto path = site_paths::country(c.origin.id);
    auto cards = set_case_study_page(view, ctx, b.country_case_studies[i], page, path);
    set_list(view, "contributions", contribution_links(ctx, b.country_contributions[i]));
    ViewList chaired;
    chaired.reserve(b.country_chaired_meetings[i].size());
    for (auto mi : b.country_chaired_meetings[i]) {
        const auto& m = ctx.content().meetings[mi];
        View item = link(meeting_title(m), ctx.urls.path(site_paths::meeting(m.origin.id)));
        item["date"] = date_view(m.date);
        item["chair"] = View(m.chair);
        chaired.push_back(std::move(item));
    }
    set_list(view, "chaired_meetings", std::move(chaired));

    PageMeta meta;
    meta.title = paged_title(c.name, page);
    meta.description = c.summary;
    meta.section = "countries";
    meta.breadcrumbs = {{"Countries", ctx.urls.path("countries/")},
                        {region.name, ctx.urls.path(site_paths::region(region.id))}};
    if (page > 1) {
        meta.breadcrumbs.push_back({c.name, ctx.urls.path(path)});
        return {"country", std::move(view), std::move(meta), std::move(cards)};
    }
    meta.og_type = "article";
    JsonObject country = schema("Country");
    country.text("name", c.name).text("identifier", c.code);
    meta.json_ld = schema("WebPage")
                       .text("name", c.name + ": child online protection profile")
                       .text("description", c.summary)
                       .text("dateModified", c.updated.iso())
                       .text("url", ctx.urls.absolute(site_paths::country(c.origin.id)))
                       .object("about", country)
                       .str();
    return {"country", std::move(view), std::move(meta), std::move(cards)};
}

PageView countries_page(const SiteContext& ctx) {
    const auto& c = ctx.content();
    const auto& b = ctx.backlinks();
    ViewList regions;
    regions.reserve(c.vocabulary.regions.size());
    for (std::size_t r = 0; r < c.vocabulary.regions.size(); ++r) {
        const auto& region = c.vocabulary.regions[r];
        ViewList countries;
        std::vector<std::size_t> members = b.region_countries[r];
        std::sort(members.begin(), members.end(), [&](std::size_t x, std::size_t y) {
            return c.countries[x].name < c.countries[y].name;
        });
        countries.reserve(members.size());
        for (auto i : members) {
            const auto& country = c.countries[i];
            View item = link(country.name, ctx.urls.path(site_paths::country(country.origin.id)));
            item["efforts"] = text_view(std::to_string(country.efforts.size()));
            item["case_studies"] = text_view(std::to_string(b.country_case_studies[i].size()));
            item["validated"] = View(country.validated.has_value());
            countries.push_back(std::move(item));
        }
        if (countries.empty()) continue;
        View item = link(region.name, ctx.urls.path(site_paths::region(region.id)));
        item["id"] = View(region.id);
        item["count"] = text_view(std::to_string(countries.size()));
        set_list(item, "countries", std::move(countries));
        regions.push_back(std::move(item));
    }
    View view;
    view["count"] = text_view(std::to_string(c.countries.size()));
    set_list(view, "regions", std::move(regions));
    add_map(ctx, view);
    view["matrix"] = matrix_view(country_category_matrix(ctx));
    PageMeta meta;
    meta.title = "Countries";
    meta.description = "Profiles of the child online protection efforts of " +
                       std::to_string(c.countries.size()) +
                       " Member States, grouped by ITU region.";
    meta.section = "countries";
    return {"countries", std::move(view), std::move(meta)};
}

}  // namespace copsite
