#include <catch2/catch.hpp>

#include <map>

#include "render/templates.h"
#include "render/urls.h"

using namespace copsite;
using Sources = std::map<std::string, std::string>;

TEST_CASE("templates render views and inline partials") {
    TemplateSet set(Sources{{"page", "<h1>{{title}}</h1>{{> list}}"},
                            {"list", "{{#items}}<li>{{name}}</li>{{/items}}"}});
    View v;
    v["title"] = View("A & B");
    ViewList items;
    View one;
    one["name"] = View("x");
    items.push_back(one);
    v["items"] = View(items);
    const auto r = set.render("page", v);
    CHECK(r.html == "<h1>A &amp; B</h1><li>x</li>");
    CHECK(r.missing.empty());
}

TEST_CASE("values are escaped for HTML as Mustache escapes them; triple braces are not") {
    TemplateSet set(Sources{{"page", "<p title=\"{{v}}\">{{v}}</p>{{{v}}}"}});
    View v;
    v["v"] = View("Tom & Jerry's <b>\"show\"</b>, é");
    const auto plain = "Tom &amp; Jerry&apos;s &lt;b&gt;&quot;show&quot;&lt;/b&gt;, é";
    CHECK(set.render("page", v).html == std::string("<p title=\"") + plain + "\">" + plain +
                                            "</p>Tom & Jerry's <b>\"show\"</b>, é");
}

TEST_CASE("values of any length are escaped wherever their special characters are") {
    // Values are searched 16 bytes at a time: each special character at every
    // place around the first blocks, next to another one and alone.
    TemplateSet set(Sources{{"page", "{{v}}"}});
    const std::string specials = "&<>\"'";
    const std::map<char, std::string> entities = {
        {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&apos;"}};
    const auto reference = [&](const std::string& text) {
        std::string out;
        for (char c : text) {
            const auto it = entities.find(c);
            out += it != entities.end() ? it->second : std::string(1, c);
        }
        return out;
    };
    for (std::size_t size = 0; size < 40; ++size)
        for (std::size_t at = 0; at <= size; ++at)
            for (const char c : specials) {
                auto text = std::string(size, 'x');
                text.insert(at, 1, c);
                if (at + 2 < text.size()) text[at + 2] = specials[(at + size) % specials.size()];
                View v;
                v["v"] = View(text);
                INFO(text);
                CHECK(set.render("page", v).html == reference(text));
            }
}

TEST_CASE("names a view lacks are looked up in the outer view, and reported if neither has them") {
    TemplateSet set(
        Sources{{"layout", "{{title}} {{site}} {{#items}}{{name}} {{site}};{{/items}}{{gone}}"}});
    View outer;
    outer["site"] = View("Site");
    outer["title"] = View("outer title");
    View page;
    page["title"] = View("Page");  // the page's own value comes first
    ViewList items;
    View item;
    item["name"] = View("a");
    items.push_back(item);
    page["items"] = list_view(std::move(items));
    const auto r = set.render("layout", page, &outer);
    CHECK(r.html == "Page Site a Site;");
    CHECK(r.missing == std::vector<std::string>{"gone"});
}

TEST_CASE("a template that names a variable its view lacks is reported") {
    TemplateSet set(Sources{{"page", "<p>{{summary}}</p>{{#has_links}}x{{/has_links}}"}});
    View v;
    v["has_links"] = View(false);
    const auto r = set.render("page", v);
    CHECK(r.missing == std::vector<std::string>{"summary"});
}

TEST_CASE("an unknown partial is an error when the theme loads") {
    CHECK_THROWS_WITH(TemplateSet(Sources{{"page", "{{> nope}}"}}),
                      "unknown template or partial: nope");
}

TEST_CASE("addresses keep the base path of the base URL") {
    Urls root("https://cop.example.org/");
    CHECK(root.base_path() == "/");
    CHECK(root.path("countries/pol/") == "/countries/pol/");
    Urls sub("https://example.org/cop/");
    CHECK(sub.base_path() == "/cop/");
    CHECK(sub.path("countries/pol/") == "/cop/countries/pol/");
    CHECK(sub.absolute("feed.xml") == "https://example.org/cop/feed.xml");
    CHECK(site_paths::country("POL") == "countries/pol/");
    CHECK(site_paths::case_study_page(1) == "case-studies/");
    CHECK(site_paths::case_study_page(3) == "case-studies/page/3/");
}
