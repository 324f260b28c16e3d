#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <bit>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "core/byte_ranges.h"  // SSE2
#include "render/cmark_arena.h"

namespace copsite {

namespace {

void register_extensions() {
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// Renumbers `headings` (every heading of a document, in order) so the
// highest becomes <h{top_level}> and no level is skipped.
void renumber_headings(const std::vector<cmark_node*>& headings, int top_level) {
    if (headings.empty()) return;
    std::array<bool, 7> used{};
    for (auto* n : headings) used[cmark_node_get_heading_level(n)] = true;
    std::array<int, 7> level_for{};
    int next = top_level;
    for (int level = 1; level <= 6; ++level)
        if (used[level]) level_for[level] = std::min(6, next++);
    for (auto* n : headings)
        cmark_node_set_heading_level(n, level_for[cmark_node_get_heading_level(n)]);
}

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;

cmark_parser* gfm_parser(bool autolinks, cmark_mem* mem) {
    register_extensions();
    cmark_parser* parser = cmark_parser_new_with_mem(kOptions, mem);
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (!autolinks && std::string_view(name) == "autolink") continue;
        if (auto* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    return parser;
}

// Whether the autolink extension could find anything in this text of a
// document parsed without it, outside any link: "://", "www." or an '@'. It
// only ever turns such text into links (its postprocessing reads text outside
// links for e-mail addresses; its inline matches start at "://" and "www."),
// so without any the document is the same either way. Link targets are not
// text, and entities and escapes are already decoded in it.
bool could_autolink(std::string_view text) {
    const auto* p = text.data();
    const std::size_t n = text.size();
    // Whether an '@', "://" or "www." starts at i.
    const auto starts_at = [&](std::size_t i) {
        const auto rest = text.substr(i);
        return p[i] == '@' || rest.starts_with("://") || rest.starts_with("www.");
    };
    std::size_t i = 0;
#ifdef __SSE2__
    // Most of a page is text: 16 bytes at a time, looking closer only where
    // an '@', a ':' or "ww" is (a 'w' alone is too common to stop at).
    const auto at = _mm_set1_epi8('@'), colon = _mm_set1_epi8(':'), w = _mm_set1_epi8('w');
    for (; i + 17 <= n; i += 16) {
        const auto v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const auto next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
        const auto ww = _mm_and_si128(_mm_cmpeq_epi8(v, w), _mm_cmpeq_epi8(next, w));
        const auto hits =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, colon)), ww);
        for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask; mask &= mask - 1)
            if (starts_at(i + static_cast<std::size_t>(std::countr_zero(mask)))) return true;
    }
#endif
    for (; i < n; ++i)
        if (starts_at(i)) return true;
    return false;
}

}  // namespace

std::string render_markdown(std::string_view markdown, int top_level) {
    return ParsedMarkdown(markdown).html(top_level);
}

namespace {

// One walk over a parsed document for everything the pages need besides
// its HTML: its text, as cmark's plain-text renderer would write it, word for
// word (literals of text and code, a line break between blocks, list items'
// numbers, "x" for a ticked task); its headings, to renumber; and whether the
// autolink extension could change it. cmark's renderer writes one code point
// at a time through its line-wrapping machinery, which cost more than
// parsing; the search index needs only the words, so the whitespace between
// blocks may differ. Each walk costs as much as a tenth of the parse.
class DocumentWalk {
  public:
    DocumentWalk(cmark_node* doc, std::string& text, std::vector<cmark_node*>& headings)
        : out_(text), headings_(headings) {
        std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> it(cmark_iter_new(doc),
                                                              &cmark_iter_free);
        for (auto ev = cmark_iter_next(it.get()); ev != CMARK_EVENT_DONE;
             ev = cmark_iter_next(it.get()))
            visit(cmark_iter_get_node(it.get()), ev == CMARK_EVENT_ENTER);
    }
    bool may_autolink() const { return may_autolink_; }

  private:
    void visit(cmark_node* node, bool entering) {
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT: {
                const auto from = out_.size();
                out_ += cmark_node_get_literal(node);
                if (links_ == 0 && !may_autolink_)
                    may_autolink_ = could_autolink(std::string_view(out_).substr(from));
                return;
            }
            case CMARK_NODE_CODE:
                out_ += cmark_node_get_literal(node);
                return;
            case CMARK_NODE_CODE_BLOCK:
                out_ += '\n';
                out_ += cmark_node_get_literal(node);
                out_ += '\n';
                return;
            case CMARK_NODE_LINK:
                links_ += entering ? 1 : -1;
                return;
            case CMARK_NODE_HEADING:
                if (entering)
                    headings_.push_back(node);
                else
                    out_ += '\n';
                return;
            case CMARK_NODE_LIST:
                out_ += '\n';
                return;
            case CMARK_NODE_ITEM:
                item(node, entering);
                return;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
            case CMARK_NODE_THEMATIC_BREAK:
                out_ += '\n';
                return;
            default:
                // The end of a block (a paragraph, the table extension's
                // rows and cells) separates words; the end of an inline
                // (emphasis) does not.
                if (!entering && is_block(node)) out_ += '\n';
                return;
        }
    }

    void item(cmark_node* node, bool entering) {
        if (!entering) {
            out_ += '\n';
            return;
        }
        if (is_task(node)) {
            // The task-list extension renders items itself, without a number.
            out_ += cmark_gfm_extensions_get_tasklist_item_checked(node) ? "[x] " : "[ ] ";
        } else if (cmark_node_get_list_type(cmark_node_parent(node)) == CMARK_ORDERED_LIST) {
            out_ += std::to_string(item_number(node));
            out_ += ". ";
        }
    }

    // The list's start plus the items before this one, as cmark counts.
    static int item_number(cmark_node* node) {
        int number = cmark_node_get_list_start(cmark_node_parent(node));
        for (auto* n = cmark_node_previous(node); n; n = cmark_node_previous(n)) ++number;
        return number;
    }

    static bool is_block(cmark_node* node) {
        return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
    }

    static bool is_task(cmark_node* node) {
        const char* type = cmark_node_get_type_string(node);
        return type && std::string_view(type) == "tasklist";
    }

    std::string& out_;
    std::vector<cmark_node*>& headings_;
    int links_ = 0;  // the links the walk is in
    bool may_autolink_ = false;
};

}  // namespace

void append_markdown_text(std::string_view markdown, std::string& out) {
    ParsedMarkdown(markdown).append_text(out);
}

ParsedMarkdown::ParsedMarkdown(std::string_view markdown) {
    if (markdown.empty()) return;
    arena_ = std::make_unique<CmarkArena>();
    const CmarkArena::Use use(*arena_);
    // The autolink extension costs a third of the parse, and most texts have
    // nothing for it: it is used only when the text needs it.
    for (const bool autolinks : {false, true}) {
        text_.clear();
        headings_.clear();
        parser_ = gfm_parser(autolinks, CmarkArena::allocator());
        cmark_parser_feed(parser_, markdown.data(), markdown.size());
        doc_ = cmark_parser_finish(parser_);
        if (!DocumentWalk(doc_, text_, headings_).may_autolink()) return;
    }
}

// The parser and the document live in the arena: a moved-from text has none.
ParsedMarkdown::ParsedMarkdown(ParsedMarkdown&& other) noexcept
    : arena_(std::move(other.arena_)),
      parser_(std::exchange(other.parser_, nullptr)),
      doc_(std::exchange(other.doc_, nullptr)),
      text_(std::move(other.text_)),
      headings_(std::move(other.headings_)) {}

ParsedMarkdown& ParsedMarkdown::operator=(ParsedMarkdown&& other) noexcept {
    ParsedMarkdown moved(std::move(other));
    std::swap(arena_, moved.arena_);
    std::swap(parser_, moved.parser_);
    std::swap(doc_, moved.doc_);
    std::swap(text_, moved.text_);
    std::swap(headings_, moved.headings_);
    return *this;
}

ParsedMarkdown::~ParsedMarkdown() = default;

std::string ParsedMarkdown::html(int top_level) {
    if (!doc_) return {};
    renumber_headings(headings_, top_level);
    const CmarkArena::Use use(*arena_);
    return cmark_render_html_with_mem(doc_, kOptions, cmark_parser_get_syntax_extensions(parser_),
                                      CmarkArena::allocator());
}

void ParsedMarkdown::append_text(std::string& out) const {
    out += text_;
}

std::string markdown_to_text(std::string_view markdown) {
    std::string out;
    append_markdown_text(markdown, out);
    return out;
}

}  // namespace copsite
