#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

namespace copsite {

namespace {

void register_extensions() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};

// Headings are direct children of the document or nested in block quotes and
// list items; walking every node finds them all.
std::vector<cmark_node*> headings(cmark_node* doc) {
    std::vector<cmark_node*> out;
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(doc), &cmark_iter_free);
    for (auto ev = cmark_iter_next(it.get()); ev != CMARK_EVENT_DONE;
         ev = cmark_iter_next(it.get())) {
        cmark_node* node = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING)
            out.push_back(node);
    }
    return out;
}

void renumber_headings(cmark_node* doc, int top_level) {
    const auto nodes = headings(doc);
    if (nodes.empty()) return;
    std::array<bool, 7> used{};
    for (auto* n : nodes) used[cmark_node_get_heading_level(n)] = true;
    std::array<int, 7> level_for{};
    int next = top_level;
    for (int level = 1; level <= 6; ++level)
        if (used[level]) level_for[level] = std::min(6, next++);
    for (auto* n : nodes)
        cmark_node_set_heading_level(n, level_for[cmark_node_get_heading_level(n)]);
}

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;

std::unique_ptr<cmark_parser, ParserDeleter> gfm_parser() {
    register_extensions();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
        if (auto* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    return parser;
}

std::string take(char* text) {
    std::string out(text);
    std::free(text);
    return out;
}

}  // namespace

std::string render_markdown(std::string_view markdown, int top_level) {
    if (markdown.empty()) return {};
    auto parser = gfm_parser();
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
    renumber_headings(doc.get(), top_level);
    return take(
        cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get())));
}

std::string markdown_to_text(std::string_view markdown) {
    if (markdown.empty()) return {};
    auto parser = gfm_parser();
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
    return take(cmark_render_plaintext(doc.get(), kOptions, 0));
}

}  // namespace copsite
