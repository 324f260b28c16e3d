#include <catch2/catch.hpp>

#include <array>
#include <fstream>
#include <regex>

#include "support/fixture.h"

using namespace copsite::test;
namespace fs = std::filesystem;

namespace {

// A copy of the shipped repository's content, settings and reference data.
void copy_repository(const TempDir& to) {
    for (const char* item : {"site.toml", "content", "data", "schemas"})
        fs::copy(fs::path(COPSITE_SOURCE_DIR) / item, to.path() / item,
                 fs::copy_options::recursive);
}

// What a contributor would write in place of each placeholder.
std::string fill_in(std::string text) {
    static const std::vector<std::pair<std::string, std::string>> values = {
        {"category", "\"awareness-and-education\""},
        {"themes", "[\"digital-literacy\"]"},
        {"scope", "\"national\""},
        {"submitted_by", "{ country = \"POL\" }"},
        {"date", "2026-09-14"},
    };
    for (const auto& [key, value] : values)
        text = std::regex_replace(text, std::regex("\n" + key + " = [^\n]*FILL IN[^\n]*"),
                                  "\n" + key + " = " + value);
    text = std::regex_replace(text, std::regex("\"FILL IN: [^\"\n]*\""), "\"Filled in.\"");
    return std::regex_replace(text, std::regex("\nFILL IN: [^\n]*"), "\nFilled in.");
}

std::string root_arg(const TempDir& repo) {
    return " --root '" + repo.path().string() + "'";
}

std::size_t count(const std::string& text, const std::regex& pattern) {
    return static_cast<std::size_t>(
        std::distance(std::sregex_iterator(text.begin(), text.end(), pattern), {}));
}

}  // namespace

TEST_CASE("each starter file is rejected with file:line:column messages until it is filled in") {
    for (const auto& [kind, id, file, schema] : std::vector<std::array<std::string, 4>>{
             {"country", "FRA", "content/countries/fra.toml", "country"},
             {"case-study", "school-programme", "content/case-studies/school-programme.toml",
              "case-study"},
             {"meeting", "19", "content/meetings/cwg-cop-19.toml", "meeting"}}) {
        TempDir repo;
        copy_repository(repo);
        const auto made = run_copsite("new " + kind + " " + id + root_arg(repo));
        INFO(kind << "\n" << made.err);
        REQUIRE(made.exit_code == 0);
        CHECK(made.out.starts_with("Wrote " + file + "\n"));

        const auto unfilled = run_copsite("check" + root_arg(repo));
        INFO(unfilled.err);
        CHECK(unfilled.exit_code == 1);
        CHECK(std::regex_search(unfilled.err,
                                std::regex(file + ":[0-9]+:[0-9]+: error: \"summary\" in a [a-z ]+ "
                                                  "is not filled in yet: One paragraph")));
        CHECK(unfilled.err.find("hint: replace the placeholder") != std::string::npos);

        // One error per placeholder, each naming its place, and nothing else.
        const auto path = repo.path() / file;
        const auto text = read_text(path);
        const auto values = std::regex_replace(text, std::regex("(^|\n)#[^\n]*"), "");
        const auto placeholders = count(values, std::regex("FILL IN: "));
        CHECK(placeholders > 0);
        CHECK(count(unfilled.err, std::regex("\n" + file + ":[0-9]+:[0-9]+: error: ")) +
                  (unfilled.err.starts_with(file) ? 1 : 0) ==
              placeholders);
        CHECK(count(unfilled.err, std::regex(": error: [^\n]* is not filled in yet: ")) ==
              placeholders);
        CHECK(unfilled.err.ends_with(std::to_string(placeholders) + " errors in 1 file.\n"));

        // Editors find the schema from the first line; the path is relative to the file.
        const auto schema_line = "#:schema ../../schemas/" + schema + ".schema.json\n";
        CHECK(text.starts_with(schema_line));
        CHECK(fs::exists(path.parent_path() / "../../schemas" / (schema + ".schema.json")));

        const auto filled_text = fill_in(text);
        std::ofstream(path) << filled_text;
        const auto filled = run_copsite("check" + root_arg(repo));
        INFO(read_text(path) << filled.err);
        CHECK(filled.exit_code == 0);
    }
}

TEST_CASE("a country starter file takes its name and region from data/member-states.tsv") {
    TempDir repo;
    copy_repository(repo);
    const auto tsv = repo.path() / "data/member-states.tsv";
    const auto table = read_text(tsv);
    const std::string line = "\nKEN\tKenya\tafrica\n";
    const auto kenya = table.find(line);
    REQUIRE(kenya != std::string::npos);
    REQUIRE(run_copsite("new country ken" + root_arg(repo)).exit_code == 0);
    const auto made = read_text(repo.path() / "content/countries/ken.toml");
    CHECK(made.find("\ncode = \"KEN\"\n") != std::string::npos);
    CHECK(made.find("\nname = \"Kenya\"\n") != std::string::npos);
    CHECK(made.find("\nregion = \"africa\"\n") != std::string::npos);

    // The table decides, not a list compiled into copsite.
    fs::remove(repo.path() / "content/countries/ken.toml");
    std::ofstream(tsv) << std::string(table).replace(kenya, line.size(),
                                                     "\nKEN\tRepublic of Kenya\tcis\n");
    REQUIRE(run_copsite("new country KEN" + root_arg(repo)).exit_code == 0);
    const auto remade = read_text(repo.path() / "content/countries/ken.toml");
    CHECK(remade.find("\nname = \"Republic of Kenya\"\n") != std::string::npos);
    CHECK(remade.find("\nregion = \"cis\"\n") != std::string::npos);
}

TEST_CASE("copsite new never overwrites a file and explains why with exit code 2") {
    TempDir repo;
    copy_repository(repo);
    const auto before = read_text(repo.path() / "content/countries/pol.toml");
    const auto r = run_copsite("new country POL" + root_arg(repo));
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "copsite: content/countries/pol.toml already exists; copsite new never overwrites a "
          "file\n  hint: edit that file, or move it away first to start again\n");
    CHECK(read_text(repo.path() / "content/countries/pol.toml") == before);
}

TEST_CASE("copsite new rejects an unknown code, a bad slug, a bad number and a bad kind") {
    TempDir repo;
    copy_repository(repo);
    const auto code = run_copsite("new country XX" + root_arg(repo));
    CHECK(code.exit_code == 2);
    CHECK(code.err.starts_with("copsite: \"XX\" is not the code of an ITU Member State\n  hint: "));
    const auto slug = run_copsite("new case-study 'Safer Internet'" + root_arg(repo));
    CHECK(slug.exit_code == 2);
    CHECK(slug.err.find("copsite new case-study safer-internet") != std::string::npos);
    const auto number = run_copsite("new meeting 0" + root_arg(repo));
    CHECK(number.exit_code == 2);
    const auto kind = run_copsite("new partner acme" + root_arg(repo));
    CHECK(kind.exit_code == 2);
    CHECK(
        kind.err.starts_with("copsite: cannot start a \"partner\": the kinds are country, "
                             "case-study and meeting"));
    CHECK(fs::is_empty(repo.path() / "content/partners") == false);
}
