#include <catch2/catch.hpp>

#include "render/markdown.h"

using copsite::render_markdown;

TEST_CASE("Markdown renders GitHub-flavoured features") {
    CHECK(render_markdown("**bold** and ~~gone~~") ==
          "<p><strong>bold</strong> and <del>gone</del></p>\n");
    CHECK(render_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n").find("<table>") !=
          std::string::npos);
    CHECK(render_markdown("see https://www.itu.int/ now") ==
          "<p>see <a href=\"https://www.itu.int/\">https://www.itu.int/</a> now</p>\n");
}

TEST_CASE("Markdown never passes raw HTML or unsafe links through") {
    const auto html = render_markdown("<script>alert(1)</script>\n\nx <b>y</b> [z](javascript:alert(1))");
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
}

TEST_CASE("Markdown headings are shifted below the page heading") {
    CHECK(render_markdown("# Title\n\n## Section") == "<h2>Title</h2>\n<h3>Section</h3>\n");
    CHECK(render_markdown("## Section", 2) == "<h4>Section</h4>\n");
    CHECK(render_markdown("##### Deep", 3) == "<h6>Deep</h6>\n");
}
