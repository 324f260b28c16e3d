#include <algorithm>

#include "render/coverage_matrix.h"
#include "render/json_ld.h"
#include "render/markdown.h"
#include "render/pages.h"
#include "render/pagination.h"
#include "render/view_parts.h"

// Guideline sets, partners, themes and regions: pages that mostly list what
// links to them.
namespace copsite {

namespace {

ViewList effort_mentions(const SiteContext& ctx, const std::vector<EffortAt>& efforts) {
    ViewList out;
    out.reserve(efforts.size());
    for (const auto& at : efforts) out.push_back(effort_mention(ctx, at.country, at.effort));
    return out;
}

PageMeta index_meta(std::string title, std::string description, std::string section) {
    PageMeta meta;
    meta.title = std::move(title);
    meta.description = std::move(description);
    meta.section = std::move(section);
    return meta;
}

}  // namespace

PageView guideline_page(const SiteContext& ctx, std::size_t i, std::size_t page) {
    const auto& g = ctx.content().guidelines[i];
    const auto& b = ctx.backlinks();
    View view;
    view["title"] = View(g.title);
    view["summary"] = View(g.summary);
    // The text and the efforts are shown on the first page only.
    const bool first = page <= 1;
    set_text(view, "body_html", first ? render_markdown(g.body) : "");
    set_text(view, "url", g.url);
    set_text(view, "year", g.year ? std::to_string(*g.year) : "");
    const auto path = site_paths::guideline(g.origin.id);
    auto cards = set_case_study_page(view, ctx, b.guideline_case_studies[i], page, path);
    set_list(view, "efforts", first ? effort_mentions(ctx, b.guideline_efforts[i]) : ViewList{});
    PageMeta meta = index_meta(paged_title(g.title, page), g.summary, "guidelines");
    meta.breadcrumbs = {{"Guidelines", ctx.urls.path("guidelines/")}};
    if (page > 1)
        meta.breadcrumbs.push_back({g.title, ctx.urls.path(path)});
    else  // the work is described once, on its first page
        meta.json_ld =
            schema("CreativeWork")
                .text("name", g.title)
                .text("description", g.summary)
                .text("url", ctx.urls.absolute(site_paths::guideline(g.origin.id)))
                .object(
                    "publisher",
                    schema("Organization").text("name", "International Telecommunication Union"))
                .str();
    return {"guideline", std::move(view), std::move(meta), std::move(cards)};
}

PageView guidelines_page(const SiteContext& ctx, std::size_t page) {
    const auto& c = ctx.content();
    ViewList items;
    items.reserve(c.guidelines.size());
    for (std::size_t i = 0; i < c.guidelines.size(); ++i) {
        const auto& g = c.guidelines[i];
        View item = link(g.title, ctx.urls.path(site_paths::guideline(g.origin.id)));
        item["summary"] = View(g.summary);
        item["case_studies"] =
            text_view(std::to_string(ctx.backlinks().guideline_case_studies[i].size()));
        item["efforts"] = text_view(std::to_string(ctx.backlinks().guideline_efforts[i].size()));
        items.push_back(std::move(item));
    }
    View view;
    set_list(view, "guidelines", std::move(items));
    view["has_case_studies"] = View(!c.case_studies.empty());
    const auto& matrix = *ctx.guideline_matrix;
    const auto rows = set_page(view, ctx, matrix.rows.size(), page, "guidelines/",
                               {"Pages of the table", "Previous page", "Next page"});
    view["matrix"] = matrix_view(matrix, rows.first, rows.last);
    PageMeta meta =
        index_meta(paged_title("COP Guidelines", page),
                   "The ITU Guidelines on Child Online Protection, and the case studies and "
                   "national efforts that put each set into practice.",
                   "guidelines");
    if (page > 1) meta.breadcrumbs = {{"COP Guidelines", ctx.urls.path("guidelines/")}};
    return {"guidelines", std::move(view), std::move(meta)};
}

PageView partner_page(const SiteContext& ctx, std::size_t i, std::size_t page) {
    const auto& p = ctx.content().partners[i];
    const auto& b = ctx.backlinks();
    const auto& kind =
        vocabulary_entry(ctx.content().vocabulary.partner_kinds, ctx.index().partner_kinds, p.kind);
    View view;
    view["name"] = View(p.name);
    view["kind"] = View(kind.name);
    view["summary"] = View(p.summary);
    // The text and the contributions are shown on the first page only.
    const bool first = page <= 1;
    set_text(view, "body_html", first ? render_markdown(p.body) : "");
    set_text(view, "url", p.url);
    set_list(view, "contributions",
             first ? contribution_links(ctx, b.partner_contributions[i]) : ViewList{});
    const auto path = site_paths::partner(p.origin.id);
    auto cards = set_case_study_page(view, ctx, b.partner_case_studies[i], page, path);
    PageMeta meta = index_meta(paged_title(p.name, page), p.summary, "partners");
    meta.breadcrumbs = {{"Partners", ctx.urls.path("partners/")}};
    if (page > 1)
        meta.breadcrumbs.push_back({p.name, ctx.urls.path(path)});
    else
        meta.json_ld = schema("Organization")
                           .text("name", p.name)
                           .text("description", p.summary)
                           .text("sameAs", p.url)
                           .text("url", ctx.urls.absolute(site_paths::partner(p.origin.id)))
                           .str();
    return {"partner", std::move(view), std::move(meta), std::move(cards)};
}

PageView partners_page(const SiteContext& ctx) {
    const auto& c = ctx.content();
    const auto& b = ctx.backlinks();
    ViewList kinds;
    kinds.reserve(c.vocabulary.partner_kinds.size());
    for (std::size_t k = 0; k < c.vocabulary.partner_kinds.size(); ++k) {
        ViewList partners;
        partners.reserve(b.kind_partners[k].size());
        for (auto i : b.kind_partners[k]) {
            const auto& p = c.partners[i];
            View item = link(p.name, ctx.urls.path(site_paths::partner(p.origin.id)));
            item["summary"] = View(p.summary);
            item["case_studies"] = text_view(std::to_string(b.partner_case_studies[i].size()));
            item["contributions"] = text_view(std::to_string(b.partner_contributions[i].size()));
            partners.push_back(std::move(item));
        }
        if (partners.empty()) continue;
        View kind;
        kind["name"] = View(c.vocabulary.partner_kinds[k].name);
        kind["id"] = View(c.vocabulary.partner_kinds[k].id);
        set_list(kind, "partners", std::move(partners));
        kinds.push_back(std::move(kind));
    }
    View view;
    view["count"] = text_view(std::to_string(c.partners.size()));
    set_list(view, "kinds", std::move(kinds));
    return {"partners", std::move(view),
            index_meta("Partners",
                       "The organisations that share their work on child online protection "
                       "with the CWG-COP.",
                       "partners")};
}

PageView theme_page(const SiteContext& ctx, std::size_t i, std::size_t page) {
    const auto& t = ctx.content().vocabulary.themes[i];
    const auto& b = ctx.backlinks();
    View view;
    view["name"] = View(t.name);
    set_text(view, "summary", t.summary);
    const auto path = site_paths::theme(t.id);
    auto cards = set_case_study_page(view, ctx, b.theme_case_studies[i], page, path);
    // The efforts are shown on the first page only.
    set_list(view, "efforts", page <= 1 ? effort_mentions(ctx, b.theme_efforts[i]) : ViewList{});
    PageMeta meta =
        index_meta(paged_title(t.name, page),
                   t.summary.empty() ? "Case studies and national efforts on " + t.name : t.summary,
                   "case-studies");
    meta.breadcrumbs = {{"Themes", ctx.urls.path("themes/")}};
    if (page > 1) meta.breadcrumbs.push_back({t.name, ctx.urls.path(path)});
    return {"theme", std::move(view), std::move(meta), std::move(cards)};
}

PageView themes_page(const SiteContext& ctx) {
    const auto& v = ctx.content().vocabulary;
    ViewList items;
    items.reserve(v.themes.size());
    for (std::size_t i = 0; i < v.themes.size(); ++i) {
        View item = link(v.themes[i].name, ctx.urls.path(site_paths::theme(v.themes[i].id)));
        item["summary"] = View(v.themes[i].summary);
        item["case_studies"] =
            text_view(std::to_string(ctx.backlinks().theme_case_studies[i].size()));
        item["efforts"] = text_view(std::to_string(ctx.backlinks().theme_efforts[i].size()));
        items.push_back(std::move(item));
    }
    View view;
    set_list(view, "themes", std::move(items));
    return {"themes", std::move(view),
            index_meta("Themes",
                       "The themes of child online protection that case studies and national "
                       "efforts address.",
                       "case-studies")};
}

PageView region_page(const SiteContext& ctx, std::size_t i) {
    const auto& c = ctx.content();
    const auto& r = c.vocabulary.regions[i];
    const auto& b = ctx.backlinks();
    std::vector<std::size_t> members = b.region_countries[i];
    std::sort(members.begin(), members.end(), [&](std::size_t x, std::size_t y) {
        return c.countries[x].name < c.countries[y].name;
    });
    ViewList countries;
    countries.reserve(members.size());
    for (auto ci : members) {
        const auto& country = c.countries[ci];
        View item = link(country.name, ctx.urls.path(site_paths::country(country.origin.id)));
        item["efforts"] = text_view(std::to_string(country.efforts.size()));
        item["case_studies"] = text_view(std::to_string(b.country_case_studies[ci].size()));
        countries.push_back(std::move(item));
    }
    View view;
    view["name"] = View(r.name);
    set_text(view, "summary", r.summary);
    set_list(view, "countries", std::move(countries));
    view["case_studies"] = text_view(std::to_string(b.region_case_studies[i].size()));
    PageMeta meta = index_meta(
        r.name,
        "Child online protection profiles of the Member States of the " + r.name + " region.",
        "countries");
    meta.breadcrumbs = {{"Regions", ctx.urls.path("regions/")}};
    return {"region", std::move(view), std::move(meta)};
}

PageView regions_page(const SiteContext& ctx) {
    const auto& v = ctx.content().vocabulary;
    ViewList items;
    items.reserve(v.regions.size());
    for (std::size_t i = 0; i < v.regions.size(); ++i) {
        View item = link(v.regions[i].name, ctx.urls.path(site_paths::region(v.regions[i].id)));
        item["summary"] = View(v.regions[i].summary);
        item["countries"] = text_view(std::to_string(ctx.backlinks().region_countries[i].size()));
        item["case_studies"] =
            text_view(std::to_string(ctx.backlinks().region_case_studies[i].size()));
        items.push_back(std::move(item));
    }
    View view;
    set_list(view, "regions", std::move(items));
    return {"regions", std::move(view),
            index_meta("Regions", "The six ITU regions and the Member State profiles in each.",
                       "countries")};
}

}  // namespace copsite
