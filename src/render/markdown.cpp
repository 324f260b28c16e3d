#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

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

void shift_headings(cmark_node* doc, int shift) {
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(doc), &cmark_iter_free);
    for (auto ev = cmark_iter_next(it.get()); ev != CMARK_EVENT_DONE;
         ev = cmark_iter_next(it.get())) {
        cmark_node* node = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING)
            cmark_node_set_heading_level(node,
                                         std::min(6, cmark_node_get_heading_level(node) + shift));
    }
}

}  // namespace

std::string render_markdown(std::string_view markdown, int heading_shift) {
    if (markdown.empty()) return {};
    register_extensions();
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
        if (auto* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
    if (heading_shift > 0) shift_headings(doc.get(), heading_shift);
    char* html = cmark_render_html(doc.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    std::string out(html);
    std::free(html);
    return out;
}

}  // namespace copsite
