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
