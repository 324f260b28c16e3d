#pragma once

#include "core/diagnostic.h"
#include "model/content.h"

// Field rules for Markdown text: no raw HTML (it would never be published,
// so the author must know), no images (they would load from another site),
// and links only to http, https or mailto addresses.
namespace copsite {

// Checks one Markdown text whose first character is at `start` in `file`.
void check_markdown(const std::string& file, SourcePos start, const std::string& text,
                    Diagnostics& diagnostics);

// Every Markdown field of the content.
void check_all_markdown(const Content& content, Diagnostics& diagnostics, unsigned threads);

}  // namespace copsite
