#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "render/case_study_cards.h"
#include "render/pages.h"
#include "render/templates.h"

namespace copsite {

struct RenderedPage {
    std::string html;
    // Template names the views lack, as messages (theme bugs, reported by
    // the caller).
    std::vector<std::string> missing;
    std::optional<SearchEntry> search_entry;  // PageView::search_entry
};

// Turns a page job into HTML: the page's view through its template, then the
// shared layout around it. One renderer per thread (templates are stateful).
class PageRenderer {
  public:
    // `cards`: every case study's card, shared by the renderers of a build;
    // without them, the renderer renders its own.
    PageRenderer(const SiteContext& ctx, const std::map<std::string, std::string>& templates,
                 std::shared_ptr<const CaseStudyCards> cards = nullptr);
    RenderedPage render(const PageJob& job);

  private:
    // What the layout and its shared parts may use on any page: the site's
    // language, title and addresses.
    View site_view() const;
    // What only this page's layout shows: its title, description, address
    // and breadcrumbs.
    View layout_view(const PageJob& job, const PageMeta& meta) const;
    // What the layout shows on every page of a section, made once: the site's
    // values, its header and its footer, and what their templates lacked.
    struct SectionLayer {
        View view;
        std::vector<std::string> missing;
    };
    const SectionLayer& section_layer(const std::string& section);
    // A part of the layout that is the same on every page of a section (the
    // site's header marks the section's entry as current) or of the site
    // (its footer): rendered once, not once a page.
    const RenderResult& shared_part(const std::string& name, const std::string& section);

    const SiteContext& ctx_;
    TemplateSet templates_;
    std::map<std::string, RenderResult> shared_parts_;  // by "name/section"
    std::map<std::string, SectionLayer> sections_;
    std::shared_ptr<const CaseStudyCards> cards_;
};

}  // namespace copsite
