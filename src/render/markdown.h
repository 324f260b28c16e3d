#pragma once

#include <string>
#include <string_view>

namespace copsite {

// GitHub-flavoured Markdown -> HTML, as contributors see it in a pull-request
// preview (tables, strikethrough, autolinks, task lists), in cmark's safe
// mode: raw HTML is dropped and only safe link schemes survive. Headings are
// shifted down `heading_shift` levels so a body's "#" never competes with the
// page's <h1>. Thread-safe.
std::string render_markdown(std::string_view markdown, int heading_shift = 1);

}  // namespace copsite
