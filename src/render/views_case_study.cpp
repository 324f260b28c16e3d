#include <algorithm>

#include "core/text.h"
#include "render/explorer.h"
#include "render/json_ld.h"
#include "render/markdown.h"
#include "render/pages.h"
#include "render/pagination.h"
#include "render/view_parts.h"

namespace copsite {

namespace {

const char* scope_label(const std::string& scope) {
    if (scope == "national") return "National";
    if (scope == "regional") return "Regional";
    return "International";
}

std::string case_study_json_ld(const SiteContext& ctx, const CaseStudy& c) {
    JsonObject author =
        schema(c.submitted_by.kind == Party::Kind::country ? "Country" : "Organization");
    author.text("name", party_name(ctx, c.submitted_by));
    std::vector<JsonObject> about;
    for (const auto& t : c.themes)
        if (auto i = ctx.index().themes.find(t.id))
            about.push_back(schema("Thing").text("name", ctx.content().vocabulary.themes[*i].name));
    return schema("Article")
        .text("headline", c.title)
        .text("description", c.summary)
        .text("datePublished", c.published.iso())
        .text("dateModified", latest_date(c).iso())
        .text("url", ctx.urls.absolute(site_paths::case_study(c.origin.id)))
        .object("author", author)
        .list("about", about)
        .str();
}

}  // namespace

PageView case_study_page(const SiteContext& ctx, std::size_t i, ParsedMarkdown& body,
                         ParsedMarkdown* findings) {
    const auto& c = ctx.content().case_studies[i];
    View view;
    view["title"] = View(c.title);
    view["summary"] = View(c.summary);
    view["published"] = date_view(c.published);
    view["has_updated"] = View(c.updated.has_value());
    view["updated"] = date_view(c.updated.value_or(Date{}));
    view["submitted_by"] = party_link(ctx, c.submitted_by);
    view["scope"] = View(scope_label(c.scope));
    set_list(view, "countries", country_links(ctx, c.countries));
    set_list(view, "regions", region_links(ctx, c.regions));
    set_list(view, "partners", partner_links(ctx, c.partners));
    set_list(view, "themes", theme_links(ctx, c.themes));
    set_list(view, "audiences", audience_names(ctx, c.audiences));
    set_list(view, "guidelines", guideline_links(ctx, c.guidelines));
    set_list(view, "meetings", meeting_links(ctx, c.meetings));
    view["body_html"] = text_view(body.html());
    view["has_evaluation"] = View(c.evaluation.has_value());
    View evaluation;
    evaluation["method"] = View(c.evaluation ? c.evaluation->method : "");
    evaluation["findings_html"] = text_view(findings ? findings->html(3) : "");
    view["evaluation"] = std::move(evaluation);
    set_list(view, "links", web_links(c.links));

    PageMeta meta;
    meta.title = c.title;
    meta.description = c.summary;
    meta.section = "case-studies";
    meta.breadcrumbs = {{"Case studies", ctx.urls.path("case-studies/")}};
    meta.og_type = "article";
    meta.json_ld = case_study_json_ld(ctx, c);
    return {"case_study", std::move(view), std::move(meta)};
}

PageView case_studies_page(const SiteContext& ctx, std::size_t page_number) {
    const auto& order = ctx.case_studies_newest_first;
    View view;
    auto cards = set_case_study_page(view, ctx, order, page_number, site_paths::case_study_page(1));
    view["count"] = text_view(std::to_string(order.size()));

    // Without JavaScript, every filter value with a page of its own is a link
    // to it; explorer.js (page 1) turns them into combinable filters.
    ViewList facets;
    facets.reserve(ctx.explorer->facets.size());
    for (const auto& facet : ctx.explorer->facets) {
        ViewList values;
        values.reserve(facet.values.size());
        for (const auto& value : facet.values) {
            if (value.url.empty() || value.count == 0) continue;
            View item = link(value.name, value.url);
            item["count"] = text_view(std::to_string(value.count));
            values.push_back(std::move(item));
        }
        if (values.empty()) continue;
        View f;
        f["label"] = View(facet.label);
        f["key"] = View(facet.key);
        set_list(f, "values", std::move(values));
        facets.push_back(std::move(f));
    }
    set_list(view, "facets", std::move(facets));
    view["explorer"] = View(page_number == 1);
    view["explorer_url"] = text_view(ctx.urls.path("case-studies/explorer.json"));

    PageMeta meta;
    meta.title = page_number > 1 ? "Case studies, page " + std::to_string(page_number)
                                 : "Case studies and good practices";
    meta.description =
        "Good practices in child online protection shared by Member States "
        "and partners, newest first.";
    meta.section = "case-studies";
    if (page_number > 1) meta.breadcrumbs = {{"Case studies", ctx.urls.path("case-studies/")}};
    return {"case_studies", std::move(view), std::move(meta), std::move(cards)};
}

PageView case_study_filter_page(const SiteContext& ctx, std::size_t i, std::size_t page_number) {
    const auto& data = *ctx.explorer;
    const auto& page = data.filter_pages.at(i);
    std::size_t f = 0;
    while (data.facets[f].key != page.key) ++f;
    PageMeta meta;
    if (page.key == "audience")
        meta.title = "Case studies for " + lower(page.name);
    else if (page.key == "scope")
        meta.title = page.name + " case studies";
    else if (page.key == "year")
        meta.title = "Case studies published in " + page.name;
    else
        meta.title = "Case studies with an evaluation";
    meta.description = meta.title +
                       ": good practices in child online protection shared by "
                       "Member States and partners.";
    meta.section = "case-studies";
    meta.breadcrumbs = {{"Case studies", ctx.urls.path("case-studies/")}};
    if (page_number > 1) meta.breadcrumbs.push_back({meta.title, ctx.urls.path(page.site_path)});
    meta.title = paged_title(meta.title, page_number);
    const auto& matching = page.case_studies;  // newest first
    View view;
    view["count"] = text_view(std::to_string(matching.size()));
    view["filter"] = View(data.facets[f].label + ": " + page.name);
    view["explorer_url"] =
        text_view(ctx.urls.path("case-studies/") + "?" + page.key + "=" + page.id);
    auto cards = set_case_study_page(view, ctx, matching, page_number, page.site_path);
    return {"case_study_filter", std::move(view), std::move(meta), std::move(cards)};
}

}  // namespace copsite
