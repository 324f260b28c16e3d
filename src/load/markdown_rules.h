#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.h"

// Field rules for Markdown text, checked as each value is loaded (like
// dates and addresses): no raw HTML (it would never be published, so the
// author must know), no images (they would load from another site), and
// links only to http, https or mailto addresses.
namespace copsite {

// Checks one Markdown text whose first character is at `start` in `file`.
void check_markdown(const std::string& file, SourcePos start, std::string_view text,
                    Diagnostics& diagnostics);

}  // namespace copsite
