#pragma once

#include <string>

#include "compare/site_diff.h"

// A SiteDiff as GitHub-flavoured Markdown for a pull-request comment or a
// job summary: a one-line overview, then pages added, changed and removed
// grouped by section, new feed items, links that changed, broken links and
// other files. Long lists are cut with "… and N more".
namespace copsite {

std::string diff_markdown(const SiteDiff& diff);

// Backslash-escapes the characters Markdown would read as formatting.
std::string markdown_escape(const std::string& text);

}  // namespace copsite
