#include <catch2/catch.hpp>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>

#include "render/markdown.h"
#include "render/search_entries.h"

using copsite::markdown_to_text;
using copsite::render_markdown;
using copsite::split_search_words;

namespace {

constexpr int kCmarkOptions = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;

// cmark with every GitHub extension, rendered by `render`.
template <class Render>
std::string cmark_gfm(const std::string& markdown, Render&& render) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* parser = cmark_parser_new(kCmarkOptions);
    for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* doc = cmark_parser_finish(parser);
    char* text = render(doc, parser);
    std::string out(text);
    std::free(text);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return out;
}

// cmark's own plain-text renderer, which markdown_to_text stands in for.
std::string cmark_plaintext(const std::string& markdown) {
    return cmark_gfm(markdown, [](cmark_node* doc, cmark_parser*) {
        return cmark_render_plaintext(doc, kCmarkOptions, 0);
    });
}

// cmark's HTML with every extension, which render_markdown must match.
std::string cmark_html(const std::string& markdown) {
    return cmark_gfm(markdown, [](cmark_node* doc, cmark_parser* parser) {
        return cmark_render_html(doc, kCmarkOptions, cmark_parser_get_syntax_extensions(parser));
    });
}

}  // namespace

TEST_CASE("Markdown renders GitHub-flavoured features") {
    CHECK(render_markdown("**bold** and ~~gone~~") ==
          "<p><strong>bold</strong> and <del>gone</del></p>\n");
    CHECK(render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n").find("<table>") !=
          std::string::npos);
    CHECK(render_markdown("see https://www.itu.int/ now") ==
          "<p>see <a href=\"https://www.itu.int/\">https://www.itu.int/</a> now</p>\n");
}

TEST_CASE("Markdown links addresses and e-mails in text as GitHub does, wherever they are") {
    // render_markdown leaves the autolink extension out when the text has
    // nothing for it; each of these must still come out as cmark's own.
    for (const std::string markdown : {
             "plain words, a [link](https://www.itu.int/cop) and `https://code`",
             "see https://www.itu.int/ now",
             "see www.itu.int now",
             "write to cop@itu.int",
             "write to cop&#64;itu.int or mailto:cop@itu.int",
             "an entity www&#46;itu.int and https&#58;//itu.int",
             "only entities: cop&#64;itu.int",
             "only entities: www&#46;itu.int",
             "only entities: https&#58;&#47;/itu.int",
             "[www.itu.int](https://itu.int) and [cop@itu.int](mailto:cop@itu.int)",
             "[www.itu.int without a target",
             "| site | mail |\n|---|---|\n| www.itu.int | cop@itu.int |\n",
             "- [x] done at https://itu.int\n- [ ] ~~gone~~ www.itu.int",
             "![alt cop@itu.int](https://itu.int/a.png)",
             "an @ alone, a :// alone, www. alone",
             "<https://itu.int> and <cop@itu.int>",
         }) {
        INFO(markdown);
        CHECK(render_markdown(markdown) == cmark_html(markdown));
        CHECK(markdown_to_text(markdown).size() > 0);
    }
}

TEST_CASE("an address or e-mail is linked at any place in a long text") {
    // The text is searched 16 bytes at a time: each pattern at every place
    // around the first blocks, and cut by a block's end.
    for (const std::string pattern : {"www.itu.int", "https://itu.int", "cop@itu.int"})
        for (std::size_t at = 0; at < 40; ++at) {
            const auto markdown = std::string(at, 'w') + " " + pattern + " and more words";
            INFO(markdown);
            CHECK(render_markdown(markdown) == cmark_html(markdown));
        }
    for (std::size_t at = 0; at < 40; ++at) {
        const auto almost = std::string(at, 'x') + " ww.w :/ w.ww ww w:/w";
        CHECK(render_markdown(almost) == cmark_html(almost));
    }
}

TEST_CASE("Markdown never passes raw HTML or unsafe links through") {
    const auto html =
        render_markdown("<script>alert(1)</script>\n\nx <b>y</b> [z](javascript:alert(1))");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
}

TEST_CASE("Markdown headings start below the page heading and skip no level") {
    CHECK(render_markdown("# Title\n\n## Section") == "<h2>Title</h2>\n<h3>Section</h3>\n");
    CHECK(render_markdown("## Section\n\n#### Deep\n\n## Next") ==
          "<h2>Section</h2>\n<h3>Deep</h3>\n<h2>Next</h2>\n");
    CHECK(render_markdown("## Section", 4) == "<h4>Section</h4>\n");
    CHECK(render_markdown("# a\n\n## b\n\n### c", 5) == "<h5>a</h5>\n<h6>b</h6>\n<h6>c</h6>\n");
}

TEST_CASE("Markdown text has the words of cmark's plain-text rendering, no link targets") {
    const std::string markdown =
        "Setext *head*ing\nover two lines\n===\n\n"
        "A para**graph** with `code`, [a link](https://example.org/hidden \"title\"), "
        "![an image](pic.png), ~~struck~~ and www.itu.int; &amp; &copy;\nsoft\\\nhard.\n\n"
        "> quoted\n> - bullet\n\n"
        "3. three\n   1. inner one\n   2. inner two\n4. four\n5. [x] done\n6. [ ] open\n\n"
        "- [X] ticked\n- plain\n\n"
        "| Col A | Col B |\n|:--|--:|\n| cell1 | cell2 |\n\n"
        "```\nfenced code\n```\n\n    indented code\n\n---\n\nLast";
    CHECK(split_search_words(markdown_to_text(markdown)) ==
          split_search_words(cmark_plaintext(markdown)));
    const auto words = split_search_words(markdown_to_text(markdown));
    CHECK(std::find(words.begin(), words.end(), "heading") != words.end());
    CHECK(std::find(words.begin(), words.end(), "paragraph") != words.end());
    CHECK(std::find(words.begin(), words.end(), "hidden") == words.end());
    CHECK(markdown_to_text("").empty());
}

TEST_CASE(
    "a long text renders as cmark renders it, through buffers larger than the arena's blocks") {
    // cmark's allocations for a document come from blocks of 64 KiB; a code
    // block of 150 KB grows one buffer far past a block, a paragraph per
    // line fills many blocks.
    std::string markdown = "# Title\n\n```\n";
    for (int i = 0; i < 5000; ++i) markdown += "code line " + std::to_string(i) + " <&>\n";
    markdown += "```\n\n| a | b |\n|---|---|\n";
    for (int i = 0; i < 2000; ++i) markdown += "| " + std::to_string(i) + " | *x* |\n";
    for (int i = 0; i < 3000; ++i)
        markdown += "\nParagraph " + std::to_string(i) + " with **bold**, a [link](https://e.org/" +
                    std::to_string(i) + ") and https://www.itu.int/.\n";
    REQUIRE(markdown.size() > 300000);
    CHECK(render_markdown(markdown, 1) == cmark_html(markdown));
}

TEST_CASE("a parsed text moved to another renders the same; the one moved from renders nothing") {
    const std::string markdown = "# A\n\nSome *text* and www.itu.int.\n";
    copsite::ParsedMarkdown parsed(markdown);
    copsite::ParsedMarkdown moved(std::move(parsed));
    CHECK(moved.html(1) == cmark_html(markdown));
    CHECK(parsed.html(1).empty());  // NOLINT(bugprone-use-after-move): what a move leaves
    copsite::ParsedMarkdown assigned("other");
    assigned = std::move(moved);
    CHECK(assigned.html(1) == cmark_html(markdown));
    std::string text;
    assigned.append_text(text);
    CHECK(text.find("text") != std::string::npos);
}
