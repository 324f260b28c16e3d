#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "render/pages.h"
#include "render/templates.h"

namespace copsite {

struct RenderedPage {
    std::string html;
    // Template names the views lack (a theme bug, reported by the caller).
    std::vector<std::string> missing;
    std::optional<SearchEntry> search_entry;  // PageView::search_entry
};

// Turns a page job into HTML: the page's view through its template, then the
// shared layout around it. One renderer per thread (templates are stateful).
class PageRenderer {
  public:
    PageRenderer(const SiteContext& ctx, const std::map<std::string, std::string>& templates);
    RenderedPage render(const PageJob& job);

  private:
    View layout_view(const PageJob& job, const PageMeta& meta) const;

    const SiteContext& ctx_;
    TemplateSet templates_;
};

}  // namespace copsite
