#include "render/page_renderer.h"

#include "render/view_parts.h"

namespace copsite {

namespace {

struct NavEntry {
    const char* section;
    const char* label;
    const char* path;
};

constexpr NavEntry kNav[] = {
    {"countries", "Countries", "countries/"}, {"case-studies", "Case studies", "case-studies/"},
    {"meetings", "Meetings", "meetings/"},    {"guidelines", "Guidelines", "guidelines/"},
    {"partners", "Partners", "partners/"},    {"search", "Search", "search/"},
};

}  // namespace

PageRenderer::PageRenderer(const SiteContext& ctx,
                           const std::map<std::string, std::string>& templates,
                           std::shared_ptr<const CaseStudyCards> cards)
    : ctx_(ctx),
      templates_(templates),
      cards_(cards ? std::move(cards) : std::make_shared<const CaseStudyCards>(ctx, templates, 1)) {
}

View PageRenderer::site_view() const {
    View v;
    v["lang"] = View(ctx_.content().site.language);
    v["site_title"] = View(ctx_.content().site.title);
    v["base"] = text_view(ctx_.urls.base_path());
    v["home_url"] = text_view(ctx_.urls.path(""));
    v["feed_url"] = text_view(ctx_.urls.path("feed.xml"));
    v["assets"] = text_view(ctx_.urls.path("assets/"));
    return v;
}

View PageRenderer::layout_view(const PageJob& job, const PageMeta& meta) const {
    const auto& site = ctx_.content().site;
    const bool home = job.kind == PageKind::home;
    View v;
    v["title"] = View(meta.title);
    v["full_title"] = text_view(home ? site.title : meta.title + " — " + site.title);
    v["description"] = View(meta.description);
    v["og_type"] = View(meta.og_type);
    const bool indexable = job.kind != PageKind::not_found;
    v["indexable"] = View(indexable);
    v["canonical"] = text_view(ctx_.urls.absolute(job.site_path));
    set_text(v, "json_ld", meta.json_ld);
    ViewList crumbs;
    crumbs.reserve(meta.breadcrumbs.size() + 1);  // View's move is not noexcept: growing copies
    if (!home) {
        crumbs.push_back(link("Home", ctx_.urls.path("")));
        for (const auto& c : meta.breadcrumbs) crumbs.push_back(link(c.title, c.url));
    }
    set_list(v, "breadcrumbs", std::move(crumbs));
    return v;
}

const RenderResult& PageRenderer::shared_part(const std::string& name, const std::string& section) {
    const auto key = name + "/" + section;
    if (const auto it = shared_parts_.find(key); it != shared_parts_.end()) return it->second;
    auto& part = shared_parts_[key];
    View v = site_view();
    ViewList nav;
    nav.reserve(std::size(kNav));
    for (const auto& entry : kNav) {
        View item;
        item["label"] = View(entry.label);
        item["url"] = text_view(ctx_.urls.path(entry.path));
        item["current"] = View(section == entry.section);
        nav.push_back(std::move(item));
    }
    v["nav"] = list_view(std::move(nav));
    part = templates_.render(name, v);
    part.missing = theme_problems(templates_, name, part);
    return part;
}

const PageRenderer::SectionLayer& PageRenderer::section_layer(const std::string& section) {
    if (const auto it = sections_.find(section); it != sections_.end()) return it->second;
    auto& layer = sections_[section];
    const auto& header = shared_part("site_header", section);
    const auto& footer = shared_part("site_footer", "");
    layer.view = site_view();
    layer.view["site_header"] = View(header.html);
    layer.view["site_footer"] = View(footer.html);
    for (const auto* part : {&header, &footer})
        layer.missing.insert(layer.missing.end(), part->missing.begin(), part->missing.end());
    return layer;
}

RenderedPage PageRenderer::render(const PageJob& job) {
    PageView page = view_page(ctx_, job);
    // Every page template may use these.
    page.body["base"] = text_view(ctx_.urls.base_path());
    page.body["page_title"] = View(page.meta.title);
    page.body["case_study_cards"] = text_view(cards_->join(page.case_study_cards));
    Splices splices;  // the views stay until the page is assembled
    auto body = templates_.render(page.template_name, page.body, nullptr, &splices);
    const auto& shared = section_layer(page.meta.section);
    View layout = layout_view(job, page.meta);
    layout["content"] = text_view(std::move(body.html));
    auto result = templates_.render("layout", layout, &shared.view, &splices);
    auto missing = theme_problems(templates_, page.template_name, body);
    if (!page.case_study_cards.empty())
        for (const auto& problem : cards_->problems()) missing.push_back(problem);
    for (auto& problem : theme_problems(templates_, "layout", result, "the layout view"))
        missing.push_back(std::move(problem));
    missing.insert(missing.end(), shared.missing.begin(), shared.missing.end());
    return {splices.assemble(result.html), std::move(missing), std::move(page.search_entry)};
}

}  // namespace copsite
