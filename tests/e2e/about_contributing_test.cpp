#include <catch2/catch.hpp>

#include <regex>

#include "support/fixture.h"

using namespace copsite::test;
namespace fs = std::filesystem;

namespace {

std::string theme_arg() {
    return std::string(" --theme '") + COPSITE_SOURCE_DIR + "/theme'";
}

}  // namespace

TEST_CASE("the About page says how to contribute and links to every schema the site publishes") {
    TempDir repo;
    repo.write(small_site());
    REQUIRE(run_copsite("build --root '" + repo.path().string() + "'" + theme_arg()).exit_code ==
            0);
    const auto about = read_text(repo.path() / "site/about/index.html");
    CHECK(about.find("<h2 id=\"contribute\">How to contribute</h2>") != std::string::npos);
    CHECK(about.find("<code>CONTRIBUTING.md</code>") != std::string::npos);
    CHECK(about.find("\"Propose a case study\" or \"Correct a country profile\"") !=
          std::string::npos);
    CHECK(about.find("how its effectiveness was evaluated") != std::string::npos);

    const std::regex schema_link("<a href=\"/(schemas/[a-z-]+\\.schema\\.json)\">");
    std::size_t linked = 0;
    for (std::sregex_iterator it(about.begin(), about.end(), schema_link), end; it != end; ++it) {
        ++linked;
        CHECK(fs::is_regular_file(repo.path() / "site" / (*it)[1].str()));
    }
    std::size_t published = 0;
    for (const auto& entry : fs::directory_iterator(repo.path() / "site/schemas"))
        published += entry.path().string().ends_with(".schema.json") ? 1 : 0;
    CHECK(linked == 7);
    CHECK(linked == published);
}

TEST_CASE(
    "with the repository's address in site.toml the About page links to its guide and forms") {
    TempDir repo;
    auto files = small_site();
    const auto built_about = [&] {
        repo.write(files);
        REQUIRE(
            run_copsite("build --root '" + repo.path().string() + "'" + theme_arg()).exit_code ==
            0);
        return read_text(repo.path() / "site/about/index.html");
    };
    const auto plain = built_about();
    CHECK(plain.find("github.com") == std::string::npos);
    CHECK(plain.find("the contributing guide in the repository (<code>CONTRIBUTING.md</code>)") !=
          std::string::npos);

    files["site.toml"] += "repository = \"https://github.com/itu/cop-repository/\"\n";
    const auto linked = built_about();
    CHECK(linked.find("<a href=\"https://github.com/itu/cop-repository/blob/main/CONTRIBUTING.md\">"
                      "the contributing guide</a>") != std::string::npos);
    CHECK(linked.find("<a href=\"https://github.com/itu/cop-repository/issues/new/choose\">open "
                      "an issue</a> with the form") != std::string::npos);
}

TEST_CASE(
    "the issue forms the About page and CONTRIBUTING.md name are the ones the repository has") {
    const fs::path source(COPSITE_SOURCE_DIR);
    const auto contributing = read_text(source / "CONTRIBUTING.md");
    for (const auto& [file, name] : std::vector<std::pair<std::string, std::string>>{
             {"propose-case-study.yml", "Propose a case study"},
             {"correct-profile.yml", "Correct a country profile"}}) {
        const auto form = read_text(source / ".github/ISSUE_TEMPLATE" / file);
        CHECK(form.find("\nname: " + name + "\n") != std::string::npos);
        CHECK(contributing.find("**" + name + "**") != std::string::npos);
    }
    const auto readme = read_text(source / "README.md");
    CHECK(readme.find("(CONTRIBUTING.md)") != std::string::npos);
    CHECK(readme.find("(docs/reviewing.md)") != std::string::npos);
}

namespace {

// The shipped repository with one more file, checked; what check prints.
std::string check_output_with(const std::string& path, const std::string& text) {
    TempDir repo;
    for (const char* item : {"site.toml", "content", "data", "schemas"})
        fs::copy(fs::path(COPSITE_SOURCE_DIR) / item, repo.path() / item,
                 fs::copy_options::recursive);
    repo.write({{path, text}});
    const auto r = run_copsite("check --root '" + repo.path().string() + "'");
    CHECK(r.exit_code == 1);
    return r.err;
}

}  // namespace

// CONTRIBUTING.md quotes check's messages so contributors recognise them; if
// a message changes, the guide must change with it.
TEST_CASE("the check messages CONTRIBUTING.md quotes are what copsite check prints") {
    const auto guide = read_text(fs::path(COPSITE_SOURCE_DIR) / "CONTRIBUTING.md");
    const auto mistakes = check_output_with("content/case-studies/school-lessons.toml",
                                            R"(#:schema ../../schemas/case-study.schema.json
title = "Digital safety lessons in primary schools"
summary = "Every primary school teaches two lessons a year on staying safe online."
published = "2024-03-01"
submitted_by = { country = "POL" }
scope = "nationwide"
themes = ["digital-literacy", "cyberbulying"]
audience = ["children"]
body = """
Teachers use a lesson plan written with the national hotline.
"""

[evaluation]
method = "A survey of 2,000 pupils before and after the lessons."
)");
    CHECK(mistakes.ends_with("5 errors in 1 file.\n"));
    CHECK(guide.find("```\n" + mistakes + "```\n") != std::string::npos);

    const auto syntax = check_output_with("content/case-studies/school-lessons.toml",
                                          R"(#:schema ../../schemas/case-study.schema.json
title = "Digital safety lessons in primary schools
summary = "Every primary school teaches two lessons a year on staying safe online."
)");
    CHECK(guide.find("```\n" + syntax + "```\n") != std::string::npos);

    const auto region = check_output_with("content/countries/ken.toml",
                                          R"(#:schema ../../schemas/country.schema.json
code = "KEN"
name = "Kenya"
region = "afrika"
updated = 2024-05-02
summary = "Kenya's national plan."
)");
    CHECK(region.ends_with("\n1 error in 1 file.\n"));
    const auto first_error = region.substr(0, region.rfind("1 error in 1 file.\n"));
    CHECK(guide.find("```\n" + first_error + "```\n") != std::string::npos);
}
