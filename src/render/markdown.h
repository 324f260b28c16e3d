#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct cmark_node;
struct cmark_parser;

namespace copsite {

class CmarkArena;  // render/cmark_arena.h

// GitHub-flavoured Markdown -> HTML, as contributors see it in a pull-request
// preview (tables, strikethrough, autolinks, task lists), in cmark's safe
// mode: raw HTML is dropped and only safe link schemes survive. Headings are
// renumbered so the text's highest heading becomes <h{top_level}> and no level
// is skipped, whatever levels the author used: the page's outline stays valid
// (WCAG 1.3.1) and a body's "#" never competes with the page's <h1>.
// Thread-safe.
std::string render_markdown(std::string_view markdown, int top_level = 2);

// The words a reader sees, without markup or link targets: what the search
// index reads. The words are those of cmark's plain-text rendering; only the
// whitespace between blocks differs. Thread-safe.
std::string markdown_to_text(std::string_view markdown);

// The same text, appended to `out`.
void append_markdown_text(std::string_view markdown, std::string& out);

// A Markdown text read once, for a page that needs both its HTML and its
// words: parsing is most of the cost of either.
class ParsedMarkdown {
  public:
    explicit ParsedMarkdown(std::string_view markdown);
    ParsedMarkdown(ParsedMarkdown&&) noexcept;
    ParsedMarkdown& operator=(ParsedMarkdown&&) noexcept;
    ~ParsedMarkdown();

    // As render_markdown (it renumbers the document's headings).
    std::string html(int top_level = 2);
    // As append_markdown_text.
    void append_text(std::string& out) const;

  private:
    // Holds the parser, the document and all cmark made for them, freed at
    // once with it; on the heap, so that moving leaves them where they are.
    std::unique_ptr<CmarkArena> arena_;
    // The parser lends the document's extensions to the HTML renderer.
    cmark_parser* parser_ = nullptr;
    cmark_node* doc_ = nullptr;
    // Found in the one walk over the document after it is parsed.
    std::string text_;
    std::vector<cmark_node*> headings_;
};

}  // namespace copsite
