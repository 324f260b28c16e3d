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

namespace {

// A page rendered whole, as without splices: its body, then the layout
// around it; and the same page through stand-ins, assembled.
struct TwoWays {
    std::string whole;
    std::string body_skeleton;  // the body's render, stand-ins in it
    std::string spliced;
};
TwoWays render_two_ways(TemplateSet& set, const View& body_view) {
    TwoWays out;
    {
        View layout;
        layout["content"] = text_view(set.render("body", body_view).html);
        out.whole = set.render("layout", layout).html;
    }
    Splices splices;
    View layout;
    out.body_skeleton = set.render("body", body_view, nullptr, &splices).html;
    layout["content"] = View(out.body_skeleton);
    out.spliced = splices.assemble(set.render("layout", layout, nullptr, &splices).html);
    return out;
}

}  // namespace

TEST_CASE("large values stood in for and spliced in make the page rendered whole") {
    const std::string big(600, 'b');
    const std::string html = "<p>Tom & Jerry's \"show\"</p>\n" + std::string(600, 'h') + "\n";
    const std::string blank(700, ' ');
    TemplateSet set(Sources{
        {"body",
         "<main>\n  {{{html}}}\n<p>{{html}}</p>\n{{#big}}[{{.}}]{{/big}}{{^big}}none{{/big}}\n"
         "{{#items}}<li>{{{.}}}</li>\n{{/items}}"
         "  {{#flag}}\n{{{blank}}}\n  {{/flag}}\n{{small}}</main>\n"},
        {"layout", "<body>\n{{{content}}}\n<pre>{{content}}</pre>\n</body>\n"}});
    View v;
    v["html"] = View(html);
    v["big"] = View(big);
    ViewList items;
    items.push_back(View(big + "1"));
    items.push_back(View("short"));
    v["items"] = list_view(std::move(items));
    v["flag"] = View(true);
    v["blank"] = View(blank);
    v["small"] = View("<small>");
    const auto r = render_two_ways(set, v);
    CHECK(r.spliced == r.whole);
    // Large values written as they are went through kainjow as stand-ins
    // (escaped ones are escaped as they are written), while the page holds
    // each.
    CHECK(r.body_skeleton.find(html) == std::string::npos);
    CHECK(r.body_skeleton.find(big + "1") == std::string::npos);
    CHECK(r.whole.find(big + "1</li>") != std::string::npos);
    CHECK(r.whole.find("Tom &amp; Jerry&apos;s &quot;show&quot;") != std::string::npos);
    CHECK(r.whole.find("&lt;main&gt;") != std::string::npos);  // {{content}}, escaped
}

TEST_CASE("a short render holding stand-ins, written escaped, shows its values escaped") {
    // The body's render is under the size worth a stand-in, so the layout
    // gets it as it is, stand-in and all, and escapes it.
    TemplateSet set(Sources{{"body", "<b>{{{html}}}</b>"},
                            {"layout", "{{{content}}}\n<pre>{{content}}</pre>"}});
    View v;
    v["html"] = View("<i>" + std::string(600, 'x') + "</i>");
    const auto r = render_two_ways(set, v);
    CHECK(r.body_skeleton.size() < 20);
    CHECK(r.spliced == r.whole);
    CHECK(r.whole.find("<pre>&lt;b&gt;&lt;i&gt;xxx") != std::string::npos);
}

TEST_CASE("a value of only spaces is never stood in for: kainjow may drop its line") {
    TemplateSet set(
        Sources{{"body", "a\n{{#flag}}{{{blank}}}{{/flag}}\nz\n"}, {"layout", "{{{content}}}"}});
    View v;
    v["flag"] = View(true);
    v["blank"] = View(std::string(600, ' '));
    const auto r = render_two_ways(set, v);
    CHECK(r.spliced == r.whole);
    CHECK(r.whole == "a\nz\n");
}

TEST_CASE("a template holding U+0001, which stands values in, is refused") {
    CHECK_THROWS_WITH(TemplateSet(Sources{{"page",
                                           "<p>\x01"
                                           "0\x02</p>"}}),
                      "template page holds U+0001, a character web pages must not contain");
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
