#include <catch2/catch.hpp>

#include "compare/diff_markdown.h"
#include "compare/feed_entries.h"
#include "compare/page_facts.h"

using namespace copsite;

TEST_CASE("a page's facts are its heading and the internal links of its main content") {
    const auto facts = read_page_facts(
        "<html><head><title>Poland · COP</title></head><body>"
        "<nav><a href=\"/cop/about/\">About</a></nav>"
        "<main id=\"main\"><h1 id=\"page-title\">Poland &amp; <em>friends</em></h1>"
        "<p><a class=\"x\" href=\"/cop/meetings/cwg-cop-16/#minutes\">16th\n  meeting</a>"
        "<a href=\"https://www.itu.int/\">ITU</a><a href=\"/cop/\">Home</a>"
        "<a href=\"/elsewhere/\">Other site</a></p></main></body></html>",
        "/cop/");
    CHECK(facts.title == "Poland & friends");
    REQUIRE(facts.links.size() == 2);
    CHECK(facts.links[0].target == "meetings/cwg-cop-16/");
    CHECK(facts.links[0].text == "16th meeting");
    CHECK(facts.links[1].target == "");
    CHECK(facts.links[1].text == "Home");
}

TEST_CASE("a page without a heading is named by its title") {
    CHECK(read_page_facts("<title>Not found</title><main><p>x</p></main>", "/").title ==
          "Not found");
}

TEST_CASE("plain text decodes the entities copsite writes and collapses white space") {
    CHECK(plain_text("  C&#244;te d&#39;Ivoire &lt;b&gt; &quot;x&quot;&#x41;\n") ==
          "Côte d'Ivoire <b> \"x\"A");
    CHECK(plain_text("a &unknown; b") == "a &unknown; b");
}

TEST_CASE("a page file maps to the site path its links use") {
    CHECK(site_path_of_file("index.html") == "");
    CHECK(site_path_of_file("countries/pol/index.html") == "countries/pol/");
    CHECK(site_path_of_file("404.html") == "404.html");
}

TEST_CASE("feed items are identified by their guid, and the channel gives the base path") {
    const auto feed = parse_feed(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><link>https://e.org/cop</link>"
        "<item><title>A</title><link>https://e.org/cop/a/</link><guid>g1</guid></item>"
        "<item><title>B</title><link>https://e.org/cop/b/</link></item></channel></rss>");
    CHECK(feed.base_path == "/cop/");
    REQUIRE(feed.entries.size() == 2);
    CHECK(feed.entries[0].id == "g1");
    CHECK(feed.entries[1].id == "https://e.org/cop/b/");
    CHECK(parse_feed("not xml").entries.empty());
}

TEST_CASE("text from pages is escaped before it goes into Markdown") {
    CHECK(markdown_escape("*Safe* [x] <b> a_b #1 | `c`") ==
          "\\*Safe\\* \\[x\\] \\<b\\> a\\_b \\#1 \\| \\`c\\`");
}

TEST_CASE("long lists in the site diff are cut, with the number left out") {
    SiteDiff diff;
    for (int i = 0; i < 12; ++i)
        diff.added.push_back({"countries/c" + std::to_string(i) + "/", "C" + std::to_string(i)});
    diff.added.push_back({"", "Home"});
    const auto md = diff_markdown(diff);
    CHECK(md.find("13 pages added, 0 changed, 0 removed; 0 new feed items; no link points "
                  "elsewhere; no broken links.\n") != std::string::npos);
    CHECK(md.find("**Country profiles** (12)\n\n- C0 — `/countries/c0/`\n") != std::string::npos);
    CHECK(md.find(
              "- C9 — `/countries/c9/`\n- … and 2 more\n\n**Other pages** (1)\n\n- Home — `/`\n") !=
          std::string::npos);
}
