#include "load/markdown_rules.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <string_view>

#include "core/text.h"

namespace copsite {

namespace {

// Parsing is the expensive part, so skip it when the text cannot contain what
// we look for: raw HTML and autolinks need '<', images need "![", and links
// or link definitions need "](" or "]:" followed by something other than an
// allowed scheme. Anything doubtful gets the full parse.
bool needs_parse(std::string_view text) {
    if (text.find('<') != std::string_view::npos) return true;
    if (text.find("![") != std::string_view::npos) return true;
    if (text.find("]:") != std::string_view::npos) return true;
    for (auto at = text.find("]("); at != std::string_view::npos; at = text.find("](", at + 2)) {
        const auto rest = text.substr(at + 2);
        if (!rest.starts_with("https://") && !rest.starts_with("http://") &&
            !rest.starts_with("mailto:"))
            return true;
    }
    return false;
}

SourcePos place(SourcePos start, cmark_node* node) {
    const int line = cmark_node_get_start_line(node);
    const int column = cmark_node_get_start_column(node);
    if (line <= 1) return {start.line, start.column + std::max(column, 1) - 1};
    return {start.line + line - 1, std::max(column, 1)};
}

struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};

}  // namespace

void check_markdown(const std::string& file, SourcePos start, std::string_view text,
                    Diagnostics& diagnostics) {
    if (!needs_parse(text)) return;
    std::unique_ptr<cmark_node, NodeDeleter> doc(
        cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(doc.get()),
                                                          &cmark_iter_free);
    for (auto ev = cmark_iter_next(it.get()); ev != CMARK_EVENT_DONE;
         ev = cmark_iter_next(it.get())) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* node = cmark_iter_get_node(it.get());
        const auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            std::string html = cmark_node_get_literal(node);
            while (!html.empty() && (html.back() == '\n' || html.back() == ' ')) html.pop_back();
            diagnostics.error(file, place(start, node), "raw-html",
                              "raw HTML is not published: " + shorten(html, 40),
                              "use Markdown instead (**bold**, *italic*, [text](https://…)); "
                              "to show a < sign write \\<");
        } else if (type == CMARK_NODE_IMAGE) {
            diagnostics.error(file, place(start, node), "image",
                              "images are not allowed in Markdown text",
                              "the site loads nothing from other sites, to protect its readers' "
                              "privacy; link to the image instead: [description](https://…)");
        } else if (type == CMARK_NODE_LINK) {
            const char* url = cmark_node_get_url(node);
            if (url && !is_allowed_url(url))
                diagnostics.error(file, place(start, node), "bad-url",
                                  "the link \"" + std::string(url) +
                                      "\" must start with https://, http:// or mailto:",
                                  "write the full address, e.g. https://www.itu.int/cop");
        }
    }
}

}  // namespace copsite
