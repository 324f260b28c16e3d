#pragma once

#include <map>
#include <string>

#include "render/pages.h"
#include "render/templates.h"

namespace copsite {

// Turns a page job into HTML: the page's view through its template, then the
// shared layout around it. One renderer per thread (templates are stateful).
class PageRenderer {
  public:
    PageRenderer(const SiteContext& ctx, const std::map<std::string, std::string>& templates);
    // html is the finished page; missing lists template names the views lack
    // (a theme bug, reported by the caller).
    RenderResult render(const PageJob& job);

  private:
    View layout_view(const PageJob& job, const PageMeta& meta) const;

    const SiteContext& ctx_;
    TemplateSet templates_;
};

}  // namespace copsite
