#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "load/load_theme.h"
#include "render/site_context.h"

// The emit stage: the only code that writes the site. Pages are rendered and
// written in parallel into a staging folder, then the feed, sitemap, robots
// file and assets; the folder is published only if everything succeeded.
namespace copsite {

struct SiteStats {
    std::size_t pages = 0;  // HTML pages
    std::size_t files = 0;  // every file written
    std::uint64_t bytes = 0;
};

struct EmitResult {
    SiteStats stats;
    std::vector<std::string> errors;  // I/O failures and theme bugs; empty on success
};

EmitResult write_site(const SiteContext& ctx, const Theme& theme, const std::filesystem::path& out,
                      unsigned threads);

}  // namespace copsite
