#include <catch2/catch.hpp>

#include "core/file_system.h"
#include "core/report_diagnostics.h"

using namespace copsite;

namespace {

// Several errors in two files, as check would report them.
std::vector<Diagnostic> sample() {
    Diagnostics d;
    d.error("content/countries/pol.toml", {3, 10}, "unknown-id", "unknown region \"eurpoe\"",
            "did you mean \"europe\"?");
    d.error("content/case-studies/x.toml", {0, 0}, "bad-file-name",
            "the file name \"X.toml\" is not valid", "");
    d.error("content/countries/pol.toml", {1, 1}, "unknown-key", "unknown key \"cod\"",
            "did you mean \"code\"?");
    return d.sorted();
}

MemoryFileSystem files() {
    return MemoryFileSystem(std::map<std::string, std::string>{
        {"content/countries/pol.toml", "cod = \"POL\"\nname = \"Poland\"\nregion = \"eurpoe\"\n"}});
}

}  // namespace

TEST_CASE("diagnostics sort by file and position") {
    const auto d = sample();
    REQUIRE(d.size() == 3);
    CHECK(d[0].file == "content/case-studies/x.toml");
    CHECK(d[1].pos.line == 1);
    CHECK(d[2].pos.line == 3);
}

TEST_CASE("the human format shows location, message, source line, caret and hint") {
    CHECK(format_human(sample(), files()) ==
          "content/case-studies/x.toml: error: the file name \"X.toml\" is not valid\n"
          "content/countries/pol.toml:1:1: error: unknown key \"cod\"\n"
          "  1 | cod = \"POL\"\n"
          "    | ^\n"
          "  hint: did you mean \"code\"?\n"
          "content/countries/pol.toml:3:10: error: unknown region \"eurpoe\"\n"
          "  3 | region = \"eurpoe\"\n"
          "    |          ^\n"
          "  hint: did you mean \"europe\"?\n");
    CHECK(summarize(sample()) == "3 errors in 2 files");
}

TEST_CASE("the human format shows a character no page may contain as U+FFFD, caret under it") {
    // U+0085 moves a terminal's cursor to a new line; U+001A is invisible.
    const MemoryFileSystem fs(std::map<std::string, std::string>{
        {"a.toml", "summary = \"Wh\xC3\xA4t\xC2\x85 is \x1A this\"\n"}});
    Diagnostics d;
    d.error("a.toml", {1, 16}, "forbidden-character", "\"summary\" contains U+0085");
    CHECK(format_human(d.sorted(), fs) ==
          "a.toml:1:16: error: \"summary\" contains U+0085\n"
          "  1 | summary = \"Wh\xC3\xA4t\xEF\xBF\xBD is \xEF\xBF\xBD this\"\n"
          "    |                ^\n");
}

TEST_CASE("the github format prints one workflow annotation per error") {
    CHECK(format_github(sample()) ==
          "::error file=content/case-studies/x.toml,line=1,title=copsite%3A bad-file-name::"
          "the file name \"X.toml\" is not valid\n"
          "::error file=content/countries/pol.toml,line=1,col=1,title=copsite%3A unknown-key::"
          "unknown key \"cod\"%0Adid you mean \"code\"?\n"
          "::error file=content/countries/pol.toml,line=3,col=10,title=copsite%3A unknown-id::"
          "unknown region \"eurpoe\"%0Adid you mean \"europe\"?\n");
}

TEST_CASE("the json format lists file, line, column, rule, message and hint") {
    CHECK(format_json(sample()) ==
          "[\n"
          "  {\"file\": \"content/case-studies/x.toml\", \"line\": 0, \"column\": 0, \"rule\": "
          "\"bad-file-name\", \"message\": \"the file name \\\"X.toml\\\" is not valid\", "
          "\"hint\": \"\"},\n"
          "  {\"file\": \"content/countries/pol.toml\", \"line\": 1, \"column\": 1, \"rule\": "
          "\"unknown-key\", \"message\": \"unknown key \\\"cod\\\"\", \"hint\": \"did you mean "
          "\\\"code\\\"?\"},\n"
          "  {\"file\": \"content/countries/pol.toml\", \"line\": 3, \"column\": 10, \"rule\": "
          "\"unknown-id\", \"message\": \"unknown region \\\"eurpoe\\\"\", \"hint\": \"did you "
          "mean \\\"europe\\\"?\"}\n"
          "]\n");
    CHECK(format_json({}) == "[]\n");
}

TEST_CASE("the memory file system lists files below a folder, sorted") {
    MemoryFileSystem fs(std::map<std::string, std::string>{
        {"content/a/x.toml", "1"}, {"content/a/b/y.toml", "2"}, {"content/ab.toml", "3"}});
    CHECK(fs.list("content/a") ==
          std::vector<std::string>{"content/a/b/y.toml", "content/a/x.toml"});
    CHECK(fs.exists("content/a"));
    CHECK(fs.read("content/ab.toml") == std::optional<std::string>("3"));
}
