#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "load/load_theme.h"
#include "render/case_study_cards.h"
#include "render/page_renderer.h"
#include "support/check_helpers.h"
#include "support/site_helpers.h"

using namespace copsite;
using namespace copsite::test;

namespace {

Theme project_theme() {
    std::string error;
    auto theme = load_theme(std::filesystem::path(COPSITE_SOURCE_DIR) / "theme", error);
    REQUIRE(theme);
    return *theme;
}

}  // namespace

TEST_CASE("the plan lists every page once") {
    auto built = context_for(small_site());
    const auto jobs = plan_pages(*built.ctx);
    std::set<std::string> paths;
    for (const auto& j : jobs) paths.insert(j.site_path);
    CHECK(paths.size() == jobs.size());
    // home, about, coverage, 404, search, 6 indexes, 1 case-study page, 2+2+2+3+2 items, 2 themes,
    // 2 regions
    // and 5 filter pages: 2 audiences, 1 scope, 1 year, with an evaluation
    CHECK(jobs.size() == 11 + 1 + 2 + 2 + 2 + 3 + 2 + 2 + 2 + 5);
    CHECK(paths.count("case-studies/year/2014/"));
    CHECK(paths.count("search/"));
    CHECK(paths.count("countries/pol/"));
    CHECK(paths.count("404.html"));
    CHECK(output_file("countries/pol/") == "countries/pol/index.html");
}

TEST_CASE("every page of the project theme renders with no missing names") {
    auto built = context_for(small_site());
    PageRenderer renderer(*built.ctx, project_theme().templates);
    for (const auto& job : plan_pages(*built.ctx)) {
        INFO(job.site_path);
        const auto page = renderer.render(job);
        CHECK(page.missing.empty());
        CHECK(page.html.starts_with("<!DOCTYPE html>"));
    }
}

TEST_CASE("a case study page shows every field and links to what it names") {
    auto built = context_for(small_site());
    PageRenderer renderer(*built.ctx, project_theme().templates);
    const auto html =
        renderer.render({PageKind::case_study, 1, "case-studies/safer-internet-day/"}).html;
    CHECK(html.find("<h1 id=\"page-title\">Safer Internet Day</h1>") != std::string::npos);
    CHECK(html.find("href=\"/countries/pol/\">Poland</a>") != std::string::npos);
    CHECK(html.find("href=\"/partners/insafe/\">Insafe</a>") != std::string::npos);
    CHECK(html.find("href=\"/themes/awareness/\">Awareness raising</a>") != std::string::npos);
    CHECK(html.find("href=\"/guidelines/children/\">Guidelines for children</a>") !=
          std::string::npos);
    CHECK(html.find(
              "href=\"/meetings/cwg-cop-8/\">8th meeting of the CWG-COP (21 February 2014)</a>") !=
          std::string::npos);
    CHECK(html.find("<strong>worldwide</strong>") != std::string::npos);
    CHECK(html.find("<h2>What happens</h2>") != std::string::npos);
    CHECK(html.find("Counting the activities held each year.") != std::string::npos);
    CHECK(html.find("<link rel=\"canonical\" "
                    "href=\"https://cop.example.org/case-studies/safer-internet-day/\">") !=
          std::string::npos);
    CHECK(html.find("\"@type\":\"Article\"") != std::string::npos);
}

TEST_CASE("a meeting page lists what cites it: case studies, efforts and figures") {
    auto built = context_for(small_site());
    PageRenderer renderer(*built.ctx, project_theme().templates);
    const auto m16 = renderer.render({PageKind::meeting, 1, "meetings/cwg-cop-16/"}).html;
    CHECK(m16.find("href=\"/countries/pol/#effort-1\">National survey of children online</a>") !=
          std::string::npos);
    CHECK(m16.find("Children who use the internet: 90%") != std::string::npos);
    CHECK(m16.find("\"@type\":\"Event\"") != std::string::npos);
    CHECK(m16.find("MixedEventAttendanceMode") != std::string::npos);
    const auto m8 = renderer.render({PageKind::meeting, 0, "meetings/cwg-cop-8/"}).html;
    CHECK(m8.find("href=\"/case-studies/safer-internet-day/\">Safer Internet Day</a>") !=
          std::string::npos);
    CHECK(m8.find("href=\"/countries/zmb/\">Zambia</a>") != std::string::npos);
    CHECK(m8.find("<strong>hotlines</strong>") != std::string::npos);
}

TEST_CASE("a country page says whether the Member State validated it") {
    auto built = context_for(small_site());
    PageRenderer renderer(*built.ctx, project_theme().templates);
    const auto pol = renderer.render({PageKind::country, 0, "countries/pol/"}).html;
    CHECK(pol.find("Poland has not yet validated it") != std::string::npos);
    const auto zmb = renderer.render({PageKind::country, 1, "countries/zmb/"}).html;
    CHECK(zmb.find("Yes, on <time datetime=\"2014-06-01\">1 June 2014</time>") !=
          std::string::npos);
    CHECK(zmb.find("has not been updated for more than two years") != std::string::npos);
    CHECK(pol.find("has not been updated for more than two years") == std::string::npos);
}

TEST_CASE("links carry the base path of a site published under a sub-path") {
    auto built = context_for(small_site(), "https://example.org/cop/");
    PageRenderer renderer(*built.ctx, project_theme().templates);
    const auto html = renderer.render({PageKind::home, 0, ""}).html;
    CHECK(html.find("href=\"/cop/assets/style.css\"") != std::string::npos);
    CHECK(html.find("href=\"/cop/case-studies/hotline-network/\"") != std::string::npos);
    CHECK(html.find("href=\"/countries/") == std::string::npos);
}

TEST_CASE("long lists are split into pages that link to each other") {
    // A second case study on the same theme and guideline set, one per page.
    auto built = context_for(with(small_site(), "content/case-studies/awareness-week.toml",
                                  R"(title = "Awareness week"
summary = "A week of lessons on staying safe online."
published = 2015-02-10
submitted_by = { partner = "insafe" }
scope = "national"
countries = ["POL"]
themes = ["awareness"]
guidelines = ["children"]
body = "Schools teach a lesson a day."
)"));
    built.ctx->case_studies_per_page = 1;
    PageRenderer renderer(*built.ctx, project_theme().templates);
    const auto jobs = plan_pages(*built.ctx);
    const auto count = [](const std::string& html, const std::string& what) {
        std::size_t n = 0;
        for (auto at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) ++n;
        return n;
    };
    std::set<std::string> paths;
    std::map<PageKind, std::size_t> second_pages;
    for (const auto& job : jobs) {
        INFO(job.site_path);
        paths.insert(job.site_path);
        const auto page = renderer.render(job);
        CHECK(page.missing.empty());
        const std::set<PageKind> paged = {PageKind::case_studies, PageKind::case_study_filter,
                                          PageKind::guideline, PageKind::partner, PageKind::theme};
        if (paged.count(job.kind)) CHECK(count(page.html, "<li class=\"card\">") <= 1);
        if (job.page == 2) ++second_pages[job.kind];
    }
    CHECK(paths.size() == jobs.size());
    CHECK(paths.count("guidelines/page/2/"));
    CHECK(second_pages[PageKind::guidelines] == 1);
    CHECK(second_pages[PageKind::guideline] >= 1);
    CHECK(second_pages[PageKind::case_study_filter] >= 1);

    CHECK(second_pages[PageKind::theme] >= 1);
    CHECK(second_pages[PageKind::partner] >= 1);
    CHECK(second_pages[PageKind::country] == 1);  // Poland
    CHECK(second_pages[PageKind::meeting] == 1);  // the 8th meeting
    const auto set = std::find_if(jobs.begin(), jobs.end(), [](const PageJob& j) {
        return j.kind == PageKind::guideline && j.page == 2;
    });
    REQUIRE(set != jobs.end());
    const auto first_path = set->site_path.substr(0, set->site_path.find("page/"));
    const auto one = renderer.render({PageKind::guideline, set->index, first_path}).html;
    const auto two = renderer.render(*set).html;
    CHECK(one.find("href=\"/" + set->site_path + "\" rel=\"next\">Older case studies") !=
          std::string::npos);
    CHECK(two.find("href=\"/" + first_path + "\" rel=\"prev\">Newer case studies") !=
          std::string::npos);
    CHECK(two.find("<p>Page 2 of 2</p>") != std::string::npos);
    CHECK(two.find(", page 2</h1>") != std::string::npos);
    CHECK(one.find("<li class=\"card\">") != std::string::npos);
    CHECK(two.find("<li class=\"card\">") != std::string::npos);
    // What is not the list stays on the first page.
    CHECK(one.find("id=\"efforts-title\"") != std::string::npos);
    CHECK(two.find("id=\"efforts-title\"") == std::string::npos);

    // A meeting's own prev/next links and its list's pages do not mix.
    const auto meeting = std::find_if(jobs.begin(), jobs.end(), [](const PageJob& j) {
        return j.kind == PageKind::meeting && j.page == 2;
    });
    REQUIRE(meeting != jobs.end());
    const auto later = renderer.render(*meeting).html;
    CHECK(later.find("<p>Page 2 of 2</p>") != std::string::npos);
    CHECK(later.find("rel=\"prev\">Newer case studies</a>") != std::string::npos);
    CHECK(later.find("aria-label=\"Other meetings\"") != std::string::npos);
    CHECK(later.find("id=\"outcomes-title\"") == std::string::npos);
    CHECK(later.find("application/ld+json") == std::string::npos);  // the event, once

    const auto matrix = renderer.render({PageKind::guidelines, 0, "guidelines/page/2/", 2}).html;
    CHECK(count(matrix, "<th scope=\"row\"") == 2);  // one case study, then the totals
    CHECK(matrix.find("rel=\"prev\">Previous page</a>") != std::string::npos);
    CHECK(matrix.find("<h2><a href=\"/guidelines/") == std::string::npos);
}

TEST_CASE("every page has the site's header, with its section marked, and the site's footer") {
    auto built = context_for(small_site());
    PageRenderer renderer(*built.ctx, project_theme().templates);
    const auto count = [](const std::string& html, const std::string& what) {
        std::size_t n = 0;
        for (auto at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) ++n;
        return n;
    };
    for (const auto& job : plan_pages(*built.ctx)) {
        INFO(job.site_path);
        const auto html = renderer.render(job).html;
        CHECK(count(html, "<header class=\"site-header\">") == 1);
        CHECK(count(html, "<footer class=\"site-footer\">") == 1);
        // The header's entry of the page's section, and only that one.
        const auto current = count(html, "\" aria-current=\"page\">");
        if (job.site_path.starts_with("countries/"))
            CHECK(html.find("<a href=\"/countries/\" aria-current=\"page\">Countries</a>") !=
                  std::string::npos);
        if (job.site_path.starts_with("case-studies/"))
            CHECK(html.find("<a href=\"/case-studies/\" aria-current=\"page\">Case "
                            "studies</a>") != std::string::npos);
        CHECK(current <= 1);
        if (job.kind == PageKind::home) CHECK(current == 0);
    }
}

TEST_CASE("a theme whose header uses a name it is not given is reported on every page") {
    auto built = context_for(small_site());
    auto templates = project_theme().templates;
    templates["site_header"] = "<header>{{site_title}} {{logo}}</header>\n";
    PageRenderer renderer(*built.ctx, templates);
    for (const auto& job : plan_pages(*built.ctx)) {
        INFO(job.site_path);
        CHECK(renderer.render(job).missing ==
              std::vector<std::string>{
                  "site_header.mustache uses {{logo}}, which its view does not provide"});
    }
}

TEST_CASE("a theme that lacks a template is told which, on the pages that need it") {
    auto built = context_for(small_site());
    auto templates = project_theme().templates;
    templates.erase("site_footer");
    templates.erase("region");
    PageRenderer renderer(*built.ctx, templates);
    for (const auto& job : plan_pages(*built.ctx)) {
        INFO(job.site_path);
        auto expected = std::vector<std::string>{"the theme has no site_footer.mustache"};
        if (job.kind == PageKind::region)
            expected.insert(expected.begin(), "the theme has no region.mustache");
        CHECK(renderer.render(job).missing == expected);
    }
}

TEST_CASE("a case study's card is rendered once and shown on every page that lists it") {
    auto built = context_for(small_site());
    const auto& ctx = *built.ctx;
    const auto theme = project_theme();
    const CaseStudyCards cards(ctx, theme.templates, 2);
    CHECK(cards.problems().empty());
    const auto& studies = ctx.content().case_studies;
    REQUIRE(studies.size() == 2);
    for (std::size_t i = 0; i < studies.size(); ++i) {
        const auto card = cards.join({i});
        INFO(card);
        CHECK(card.starts_with("  <li class=\"card\">\n"));
        CHECK(card.find(">" + studies[i].title + "</a>") != std::string::npos);
        CHECK(card.find("href=\"/case-studies/" + studies[i].origin.id + "/\"") !=
              std::string::npos);
    }
    CHECK(cards.join({1, 0}) == cards.join({1}) + cards.join({0}));
    CHECK(cards.join({}).empty());

    // The same card, byte for byte, wherever the case study is listed.
    PageRenderer renderer(ctx, theme.templates, std::make_shared<const CaseStudyCards>(cards));
    std::size_t listed = 0;
    for (const auto& job : plan_pages(ctx)) {
        const auto page = view_page(ctx, job);
        const auto html = renderer.render(job).html;
        if (page.case_study_cards.empty()) continue;
        INFO(job.site_path);
        CHECK(html.find("<ul class=\"cards\">\n" + cards.join(page.case_study_cards) + "</ul>") !=
              std::string::npos);
        ++listed;
    }
    CHECK(listed > 10);  // home, index, themes, guideline sets, countries, filters…
}

TEST_CASE("a theme whose card template is missing or broken is reported, not published") {
    auto built = context_for(small_site());
    auto templates = project_theme().templates;
    templates["case_study_card"] = "<li>{{title}} {{no_such_field}}</li>\n";
    PageRenderer broken(*built.ctx, templates);
    const auto jobs = plan_pages(*built.ctx);
    const auto listing = std::find_if(jobs.begin(), jobs.end(), [&](const PageJob& j) {
        return j.kind == PageKind::theme && !view_page(*built.ctx, j).case_study_cards.empty();
    });
    REQUIRE(listing != jobs.end());
    const auto theme_page = *listing;
    CHECK(broken.render(theme_page).missing ==
          std::vector<std::string>{
              "case_study_card.mustache uses {{no_such_field}}, which a card's view does not "
              "provide"});
    CHECK(broken.render({PageKind::about, 0, "about/"}).missing.empty());  // lists no cards

    templates.erase("case_study_card");
    const CaseStudyCards none(*built.ctx, templates, 1);
    CHECK(none.problems() == std::vector<std::string>{"the theme has no case_study_card.mustache"});
}

TEST_CASE("a case-study body is read from its file for its page, or the build stops") {
    const Files files = small_site();
    auto built = context_for(files);
    const auto& studies = built.ctx->content().case_studies;
    const auto day = std::find_if(studies.begin(), studies.end(), [](const CaseStudy& c) {
        return c.origin.id == "safer-internet-day";
    });
    REQUIRE(day != studies.end());
    REQUIRE(day->body_span);
    CHECK(day->body.empty());  // not kept in memory
    const auto body = case_study_body(*built.ctx, *day);
    CHECK(body.starts_with("Safer Internet Day is celebrated **worldwide**."));
    // The file changed after it was checked: nothing unchecked is published.
    auto changed = files.at(day->origin.file);
    changed.replace(changed.find("worldwide"), 9, "<script>x");
    MemoryFileSystem edited(with(files, day->origin.file, changed));
    auto stale = *built.ctx;
    stale.files = &edited;
    CHECK_THROWS_WITH(case_study_body(stale, *day),
                      day->origin.file + " changed while the site was being built; build it again");
}
