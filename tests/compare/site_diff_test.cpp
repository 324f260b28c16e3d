#include <catch2/catch.hpp>

#include "compare/site_diff.h"
#include "support/fixture.h"

using namespace copsite;
using namespace copsite::test;

namespace {

std::string page(const std::string& title, const std::string& body) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><main><h1>" +
           title + "</h1>" + body + "</main></body></html>";
}

SiteDiff diff_of(const Files& before, const Files& after) {
    TempDir a, b;
    a.write(before);
    b.write(after);
    std::string error;
    auto diff = diff_sites(a.path(), b.path(), error);
    REQUIRE(diff);
    return *diff;
}

}  // namespace

TEST_CASE("a site without a feed is read with links from the root, external links left out") {
    const auto diff = diff_of(
        {{"index.html", page("Home", "<a href=\"/a/\">A</a>")}, {"a/index.html", page("A", "")}},
        {{"index.html", page("Home", "<a href=\"/b/\">B</a><a href=\"https://x.org/\">X</a>")},
         {"a/index.html", page("A", "")}});
    CHECK(diff.changed.size() == 1);
    REQUIRE(diff.link_changes.size() == 1);
    CHECK(diff.link_changes[0].page.path == "");
    REQUIRE(diff.link_changes[0].now_links_to.size() == 1);
    CHECK(diff.link_changes[0].now_links_to[0].path == "b/");
    CHECK(diff.link_changes[0].no_longer_links_to[0].title == "A");
    REQUIRE(diff.broken_links.size() == 1);  // /b/ is not in the new site; x.org is not ours
    CHECK(diff.broken_links[0].target.path == "b/");
}

TEST_CASE("files other than pages are compared too") {
    const auto diff = diff_of({{"assets/style.css", "a"}, {"robots.txt", "r"}},
                              {{"assets/style.css", "b"}, {"assets/app.js", "j"}});
    CHECK(diff.files_added == std::vector<std::string>{"assets/app.js"});
    CHECK(diff.files_changed == std::vector<std::string>{"assets/style.css"});
    CHECK(diff.files_removed == std::vector<std::string>{"robots.txt"});
    CHECK(diff.added.empty());
}

TEST_CASE("only the items the old feed lacks are new feed items") {
    const auto feed = [](const std::string& items) {
        return "<rss version=\"2.0\"><channel><link>https://e.org/cop/</link>" + items +
               "</channel></rss>";
    };
    const std::string a =
        "<item><title>A</title><link>https://e.org/cop/a/</link><guid>a</guid></item>";
    const std::string b =
        "<item><title>B</title><link>https://e.org/cop/b/</link><guid>b</guid></item>";
    const auto diff = diff_of({{"feed.xml", feed(a)}}, {{"feed.xml", feed(b + a)}});
    REQUIRE(diff.feed_added.size() == 1);
    CHECK(diff.feed_added[0].title == "B");
}
