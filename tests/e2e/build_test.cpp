#include <catch2/catch.hpp>

#include <pugixml.hpp>
#include <regex>
#include <set>

#include "support/fixture.h"

using namespace copsite::test;
namespace fs = std::filesystem;

namespace {

std::string theme_arg() {
    return std::string(" --theme '") + COPSITE_SOURCE_DIR + "/theme'";
}

// Internal links (href="/...") of one page.
std::set<std::string> links_of(const std::string& html) {
    std::set<std::string> out;
    static const std::regex href("href=\"(/[^\"#?]*)[^\"]*\"");  // the file, not ?query or #id
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
         it != std::sregex_iterator(); ++it)
        out.insert((*it)[1]);
    return out;
}

}  // namespace

TEST_CASE("copsite build writes the whole site and reports where and how many pages") {
    TempDir repo;
    repo.write(small_site());
    const auto r = run_copsite("build --root '" + repo.path().string() + "'" + theme_arg());
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("Built 32 pages") != std::string::npos);
    CHECK(r.out.find("Site: " + (repo.path() / "site").string()) != std::string::npos);
    const auto site = read_tree(repo.path() / "site");
    for (const char* f : {"index.html",
                          "404.html",
                          "about/index.html",
                          "about/coverage/index.html",
                          "countries/index.html",
                          "countries/pol/index.html",
                          "case-studies/index.html",
                          "case-studies/safer-internet-day/index.html",
                          "meetings/index.html",
                          "meetings/cwg-cop-16/index.html",
                          "guidelines/children/index.html",
                          "partners/inhope/index.html",
                          "themes/awareness/index.html",
                          "regions/europe/index.html",
                          "search/index.html",
                          "search-index.json",
                          "case-studies/year/2014/index.html",
                          "case-studies/audience/children/index.html",
                          "case-studies/evaluation/yes/index.html",
                          "feed.xml",
                          "sitemap.xml",
                          "robots.txt",
                          "assets/style.css"})
        CHECK(site.count(f) == 1);
}

TEST_CASE("every internal link of the built site resolves, in both directions") {
    TempDir repo;
    repo.write(small_site());
    REQUIRE(run_copsite("build --root '" + repo.path().string() + "'" + theme_arg()).exit_code ==
            0);
    const auto site = read_tree(repo.path() / "site");
    for (const auto& [path, text] : site) {
        if (!path.ends_with(".html")) continue;
        for (const auto& link : links_of(text)) {
            INFO(path << " links to " << link);
            auto target = link.substr(1);
            if (target.empty() || target.back() == '/') target += "index.html";
            CHECK(site.count(target) == 1);
        }
    }
    // A meeting links to the case study presented there, and the case study back.
    CHECK(links_of(site.at("meetings/cwg-cop-8/index.html"))
              .count("/case-studies/safer-internet-day/"));
    CHECK(links_of(site.at("case-studies/safer-internet-day/index.html"))
              .count("/meetings/cwg-cop-8/"));
    // A country links to the case study naming it, and back.
    CHECK(links_of(site.at("countries/pol/index.html")).count("/case-studies/safer-internet-day/"));
    CHECK(links_of(site.at("case-studies/safer-internet-day/index.html")).count("/countries/pol/"));
    // A partner links to the meeting it presented at, and the meeting back.
    CHECK(links_of(site.at("partners/inhope/index.html")).count("/meetings/cwg-cop-8/"));
    CHECK(links_of(site.at("meetings/cwg-cop-8/index.html")).count("/partners/inhope/"));
    // A guideline set links to the case studies implementing it.
    CHECK(links_of(site.at("guidelines/policy-makers/index.html"))
              .count("/case-studies/hotline-network/"));
}

TEST_CASE("the feed a reader sees has one item per new or updated entry") {
    TempDir repo;
    repo.write(small_site());
    REQUIRE(run_copsite("build --root '" + repo.path().string() + "'" + theme_arg()).exit_code ==
            0);
    pugi::xml_document doc;
    REQUIRE(doc.load_file((repo.path() / "site/feed.xml").c_str()));
    std::vector<std::string> links;
    for (auto item : doc.child("rss").child("channel").children("item"))
        links.push_back(item.child_value("link"));
    CHECK(links ==
          std::vector<std::string>{"https://cop.example.org/case-studies/hotline-network/",
                                   "https://cop.example.org/countries/pol/",
                                   "https://cop.example.org/case-studies/safer-internet-day/",
                                   "https://cop.example.org/countries/zmb/"});
}

TEST_CASE("two builds of the same content are byte-identical") {
    TempDir repo;
    repo.write(small_site());
    const auto root = repo.path().string();
    REQUIRE(
        run_copsite("build --root '" + root + "' --out '" + root + "/a'" + theme_arg()).exit_code ==
        0);
    REQUIRE(
        run_copsite("build --root '" + root + "' --out '" + root + "/b' --threads 1" + theme_arg())
            .exit_code == 0);
    CHECK(read_tree(repo.path() / "a") == read_tree(repo.path() / "b"));
}

TEST_CASE("a base URL with a path moves every link under that sub-path") {
    TempDir repo;
    repo.write(small_site());
    REQUIRE(run_copsite("build --root '" + repo.path().string() +
                        "' --base-url https://example.org/cop" + theme_arg())
                .exit_code == 0);
    const auto home = read_text(repo.path() / "site/index.html");
    for (const auto& link : links_of(home)) {
        INFO(link);
        CHECK(link.starts_with("/cop/"));
    }
    CHECK(read_text(repo.path() / "site/feed.xml").find("https://example.org/cop/case-studies/") !=
          std::string::npos);
}

TEST_CASE("a failing build leaves an existing site byte-for-byte unchanged") {
    TempDir repo;
    repo.write(small_site());
    const auto root = repo.path().string();
    REQUIRE(run_copsite("build --root '" + root + "'" + theme_arg()).exit_code == 0);
    const auto before = read_tree(repo.path() / "site");
    repo.write({{"content/countries/zmb.toml",
                 "code = \"ZMB\"\nname = \"Zambia\"\nregion = \"afrika\"\n"}});
    const auto r = run_copsite("build --root '" + root + "'" + theme_arg());
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("nothing was written, the previous site is unchanged") != std::string::npos);
    CHECK(read_tree(repo.path() / "site") == before);
    CHECK(read_tree(repo.path()).size() == read_tree(repo.path()).size());
    for (const auto& e : fs::directory_iterator(repo.path()))
        CHECK(e.path().filename().string().find("staging") == std::string::npos);
}

TEST_CASE("a theme bug stops the build and leaves the previous site unchanged") {
    TempDir repo;
    repo.write(small_site());
    const auto root = repo.path().string();
    REQUIRE(run_copsite("build --root '" + root + "'" + theme_arg()).exit_code == 0);
    const auto before = read_tree(repo.path() / "site");
    // A theme of the repository's own, whose card template uses a name that
    // a card does not have.
    fs::copy(fs::path(COPSITE_SOURCE_DIR) / "theme", repo.path() / "theme",
             fs::copy_options::recursive);
    repo.write({{"theme/templates/case_study_card.mustache", "<li>{{title}} {{author}}</li>\n"}});
    const auto r = run_copsite("build --root '" + root + "'");
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("theme bug: case_study_card.mustache uses {{author}}, which a card's view "
                     "does not provide") != std::string::npos);
    CHECK(r.err.find("the previous site is unchanged") != std::string::npos);
    CHECK(read_tree(repo.path() / "site") == before);
}

TEST_CASE("copsite check prints every error like a compiler and exits 1") {
    TempDir repo;
    auto files = small_site();
    files["content/countries/zmb.toml"] =
        "code = \"ZMB\"\nname = \"Zambia\"\nregion = \"afrika\"\nupdated = 2014-02-21\n"
        "summary = \"s\"\nwebsite = \"https://zm\"\n";
    repo.write(files);
    const auto r = run_copsite("check --root '" + repo.path().string() + "'");
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err ==
          "content/countries/zmb.toml:3:10: error: unknown region \"afrika\"\n"
          "  3 | region = \"afrika\"\n"
          "    |          ^\n"
          "  hint: did you mean \"africa\"? The region ids are [regions] in "
          "content/vocabulary.toml.\n"
          "content/countries/zmb.toml:6:1: error: unknown key \"website\" in a country profile\n"
          "  6 | website = \"https://zm\"\n"
          "    | ^\n"
          "  hint: the keys a country profile can have are: code, name, region, updated, "
          "validated, summary, body, efforts, statistics\n"
          "2 errors in 1 file.\n");
    CHECK_FALSE(fs::exists(repo.path() / "site"));
}

TEST_CASE("copsite check on good content says so and exits 0") {
    TempDir repo;
    repo.write(small_site());
    const auto r = run_copsite("check --root '" + repo.path().string() + "'");
    CHECK(r.exit_code == 0);
    CHECK(r.out == "No problems found.\n");
    CHECK_FALSE(fs::exists(repo.path() / "site"));
}

TEST_CASE("usage errors exit 2, help and version exit 0") {
    CHECK(run_copsite("").exit_code == 2);
    CHECK(run_copsite("frobnicate").exit_code == 2);
    CHECK(run_copsite("build --nope").exit_code == 2);
    CHECK(run_copsite("check --format xml").exit_code == 2);
    const auto help = run_copsite("build --help");
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("--base-url") != std::string::npos);
    CHECK(run_copsite("check --help").exit_code == 0);
    CHECK(run_copsite("--help").exit_code == 0);
    CHECK(run_copsite("--version").out.starts_with("copsite "));
    CHECK(run_copsite("build --root /nonexistent/dir").exit_code == 2);
}

TEST_CASE("build refuses to overwrite a folder it did not write") {
    TempDir repo;
    repo.write(small_site());
    repo.write({{"mine/notes.txt", "keep me"}});
    const auto r = run_copsite("build --root '" + repo.path().string() + "' --out '" +
                               (repo.path() / "mine").string() + "'" + theme_arg());
    CHECK(r.exit_code == 2);
    CHECK(read_text(repo.path() / "mine/notes.txt") == "keep me");
}

TEST_CASE("a case study's page shows its body, whether its file has LF or CR LF line ends") {
    // A body the file holds verbatim is read back from the file for its page;
    // one with CR LF line ends is kept in memory. Readers see the same page.
    const std::string path = "content/case-studies/safer-internet-day.toml";
    const Files lf = small_site();
    Files crlf = lf;
    crlf[path].clear();
    for (char ch : lf.at(path)) crlf[path] += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
    std::string pages[2];
    int k = 0;
    for (const auto& files : {lf, crlf}) {
        TempDir repo;
        repo.write(files);
        const auto r = run_copsite("build --root '" + repo.path().string() + "'" + theme_arg());
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        pages[k++] =
            read_tree(repo.path() / "site").at("case-studies/safer-internet-day/index.html");
    }
    CHECK(pages[0].find("<p>Safer Internet Day is celebrated <strong>worldwide</strong>.</p>") !=
          std::string::npos);
    CHECK(pages[0].find("<h2>What happens</h2>") != std::string::npos);
    CHECK(pages[0].find("<li>schools hold events</li>") != std::string::npos);
    CHECK(pages[1] == pages[0]);
}
