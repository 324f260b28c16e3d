#include "load/markdown_rules.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <optional>
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
    if (text.find("&#") != std::string_view::npos) return true;
    for (auto at = text.find("]("); at != std::string_view::npos; at = text.find("](", at + 2)) {
        const auto rest = text.substr(at + 2);
        if (!rest.starts_with("https://") && !rest.starts_with("http://") &&
            !rest.starts_with("mailto:"))
            return true;
    }
    return false;
}

// Where a node starts in the file. cmark counts columns in bytes; the
// messages count characters (core/source_pos.h).
SourcePos place(SourcePos start, std::string_view text, cmark_node* node) {
    const int line = std::max(cmark_node_get_start_line(node), 1);
    const int column = std::max(cmark_node_get_start_column(node), 1);
    std::size_t line_start = 0;
    for (int l = 1; l < line && line_start != std::string_view::npos; ++l) {
        line_start = text.find('\n', line_start);
        if (line_start != std::string_view::npos) ++line_start;
    }
    if (line_start == std::string_view::npos) return start;
    return position_within(start, text, std::min(text.size(), line_start + column - 1));
}

// The first numeric character reference (&#26; or &#x1A;) that stands for a
// character pages must not contain.
struct Reference {
    std::size_t offset;
    std::string_view written;
    char32_t code_point;
};
std::optional<Reference> find_forbidden_reference(std::string_view text) {
    for (auto at = text.find("&#"); at != std::string_view::npos; at = text.find("&#", at + 2)) {
        const auto ref = read_numeric_reference(text, at);
        if (!ref) continue;
        // cmark reads &#0; and what is past U+10FFFF or a surrogate as U+FFFD.
        const auto c = ref->code_point;
        if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) continue;
        if (is_forbidden_in_html(c)) return Reference{at, text.substr(at, ref->size), c};
    }
    return std::nullopt;
}

// Whether cmark decoded a character pages must not contain into the text of
// this node (a code span keeps &#26; as written, and shows it so).
bool decodes_forbidden(cmark_node* node) {
    const auto type = cmark_node_get_type(node);
    const char* text = type == CMARK_NODE_TEXT   ? cmark_node_get_literal(node)
                       : type == CMARK_NODE_LINK ? cmark_node_get_title(node)
                                                 : nullptr;
    return text && find_forbidden_character(text);
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
    // A character written as itself was reported with the text's other rules
    // (load/toml_reader.h); here only those written as references.
    bool references = text.find("&#") != std::string_view::npos && !find_forbidden_character(text);
    for (auto ev = cmark_iter_next(it.get()); ev != CMARK_EVENT_DONE;
         ev = cmark_iter_next(it.get())) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* node = cmark_iter_get_node(it.get());
        // Only a numeric reference decodes to such a character (no named one
        // does), so the text has one; the first is reported, once a text.
        if (references && decodes_forbidden(node)) {
            references = false;
            if (const auto ref = find_forbidden_reference(text))
                diagnostics.error(
                    file, position_within(start, text, ref->offset), "forbidden-character",
                    std::string(ref->written) + " stands for " + code_point_name(ref->code_point) +
                        ", a character that web pages must not contain",
                    "delete it; write the character you meant, or a space");
        }
        const auto type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
            std::string html = cmark_node_get_literal(node);
            while (!html.empty() && (html.back() == '\n' || html.back() == ' ')) html.pop_back();
            diagnostics.error(file, place(start, text, node), "raw-html",
                              "raw HTML is not published: " + shorten(html, 40),
                              "use Markdown instead (**bold**, *italic*, [text](https://…)); "
                              "to show a < sign write \\<");
        } else if (type == CMARK_NODE_IMAGE) {
            diagnostics.error(file, place(start, text, node), "image",
                              "images are not allowed in Markdown text",
                              "the site loads nothing from other sites, to protect its readers' "
                              "privacy; link to the image instead: [description](https://…)");
        } else if (type == CMARK_NODE_LINK) {
            const char* url = cmark_node_get_url(node);
            if (url && !is_allowed_url(url))
                diagnostics.error(file, place(start, text, node), "bad-url",
                                  "the link \"" + std::string(url) +
                                      "\" must start with https://, http:// or mailto:",
                                  "write the full address, e.g. https://www.itu.int/cop");
        }
    }
}

}  // namespace copsite
