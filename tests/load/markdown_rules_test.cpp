#include <catch2/catch.hpp>

#include "load/markdown_rules.h"
#include "support/check_helpers.h"

using namespace copsite;
using namespace copsite::test;

TEST_CASE("raw HTML in Markdown is reported at its line and column") {
    Diagnostics d;
    check_markdown("f.toml", {10, 1}, "Intro text.\n\nSome <b>bold</b> words.\n", d);
    const auto list = d.sorted();
    REQUIRE(list.size() == 2);
    CHECK(list[0].pos == SourcePos{12, 6});
    CHECK(list[0].message == "raw HTML is not published: <b>");
    CHECK(list[1].message == "raw HTML is not published: </b>");
}

TEST_CASE("a Markdown problem's column counts characters, not bytes") {
    Diagnostics d;
    check_markdown("f.toml", {10, 5}, "Caf\xC3\xA9 <b>x\n\nD\xC3\xA9j\xC3\xA0 vu <i>y\n", d);
    const auto list = d.sorted();
    REQUIRE(list.size() == 2);
    CHECK(list[0].pos == SourcePos{10, 10});  // after "Café " on the text's first line
    CHECK(list[1].pos == SourcePos{12, 9});   // after "Déjà vu "
}

TEST_CASE("raw HTML in a one-line Markdown field is placed after the quote") {
    const std::string path = "content/case-studies/hotline-network.toml";
    auto text = small_site().at(path);
    text.replace(text.find("body = \"INHOPE members"), 21, "body = \"<div>INHOPE</div> members");
    const auto site = with(small_site(), path, text);
    const auto p = problems(site);
    REQUIRE(p.size() == 1);
    CHECK(
        p[0].starts_with("content/case-studies/hotline-network.toml:11:9: raw HTML is not "
                         "published: <div>"));
}

TEST_CASE("Markdown images and javascript links are refused") {
    Diagnostics d;
    check_markdown("f.toml", {1, 1},
                   "![logo](https://tracker.example/x.png) and [x](javascript:alert(1))", d);
    const auto list = d.sorted();
    REQUIRE(list.size() == 2);
    CHECK(list[0].rule == "image");
    CHECK(list[1].rule == "bad-url");
    CHECK(list[1].message ==
          "the link \"javascript:alert(1)\" must start with https://, "
          "http:// or mailto:");
}

TEST_CASE("ordinary Markdown links pass without a full parse being needed") {
    Diagnostics d;
    check_markdown("f.toml", {1, 1}, "See [ITU](https://www.itu.int/) and [mail](mailto:a@b.c).",
                   d);
    CHECK(d.empty());
}
