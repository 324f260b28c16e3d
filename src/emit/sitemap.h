#pragma once

#include <string>
#include <vector>

#include "render/pages.h"

namespace copsite {

// /sitemap.xml listing every indexable page (all but the 404 page).
std::string sitemap_xml(const SiteContext& ctx, const std::vector<PageJob>& pages);

// /robots.txt allowing everything and naming the sitemap.
std::string robots_txt(const SiteContext& ctx);

}  // namespace copsite
