#include <catch2/catch.hpp>

#include "core/text.h"
#include "support/check_helpers.h"

using namespace copsite;
using namespace copsite::test;

TEST_CASE("the small site loads with no problems") {
    CHECK(problems(small_site()).empty());
    MemoryFileSystem fs(small_site());
    auto loaded = load_content(fs, 2);
    const auto& c = loaded.content;
    CHECK(c.countries.size() == 2);
    CHECK(c.case_studies.size() == 2);
    REQUIRE(c.meetings.size() == 2);
    CHECK(c.meetings[0].number == 8);  // sorted by number, not by name
    CHECK(c.countries[0].code == "POL");
    CHECK(c.countries[0].efforts.at(0).category.pos.line == 9);
    CHECK(c.vocabulary.regions.at(0).id == "europe");  // file order kept
    CHECK(c.site.base_url == "https://cop.example.org/");
}

TEST_CASE("entries load in the order of their ids, not of their file paths") {
    auto site = small_site();
    const auto insafe = site.at("content/partners/insafe.toml");
    // By path "in-x.toml" sorts before "in.toml" ('-' < '.'); by id "in" is first.
    site["content/partners/in-x.toml"] = insafe;
    site["content/partners/in.toml"] = insafe;
    site["content/partners/more/in.toml"] = insafe;  // the same id: path order
    MemoryFileSystem fs(site);
    std::vector<std::string> files;
    for (const auto& p : load_content(fs, 2).content.partners) files.push_back(p.origin.file);
    CHECK(files ==
          std::vector<std::string>{"content/partners/in.toml", "content/partners/more/in.toml",
                                   "content/partners/in-x.toml", "content/partners/inhope.toml",
                                   "content/partners/insafe.toml"});
}

TEST_CASE("an unknown key names the closest valid key") {
    auto files = with(small_site(), "content/partners/insafe.toml",
                      "name = \"Insafe\"\nkind = \"ngo\"\nsumary = \"x\"\nsummary = \"y\"\n");
    CHECK(problems(files) ==
          std::vector<std::string>{
              "content/partners/insafe.toml:3:1: unknown key \"sumary\" in a partner "
              "[did you mean \"summary\"?]"});
}

TEST_CASE("an unknown key with no close match lists the allowed keys") {
    auto files = with(small_site(), "content/partners/insafe.toml",
                      "name = \"Insafe\"\nkind = \"ngo\"\nsummary = \"y\"\nwebsite = \"z\"\n");
    CHECK(problems(files) ==
          std::vector<std::string>{
              "content/partners/insafe.toml:4:1: unknown key \"website\" in a partner "
              "[the keys a partner can have are: name, kind, summary, body, url]"});
}

TEST_CASE("a missing required key is reported at the table it belongs to") {
    auto files =
        with(small_site(), "content/partners/insafe.toml", "name = \"Insafe\"\nkind = \"ngo\"\n");
    CHECK(problems(files) ==
          std::vector<std::string>{
              "content/partners/insafe.toml:1:1: missing required key \"summary\" in a partner "
              "[add a line: summary = \"…\"]"});
}

TEST_CASE("a value of the wrong type says what was expected") {
    auto files = with(small_site(), "content/guidelines/children.toml",
                      "title = \"Children\"\nsummary = \"s\"\nyear = \"2020\"\n");
    CHECK(problems(files) ==
          std::vector<std::string>{
              "content/guidelines/children.toml:3:8: \"year\" must be a whole number, not text "
              "[write it without quotes, e.g. year = 2020]"});
}

TEST_CASE("a quoted date is a wrong type with a hint to drop the quotes") {
    auto site = small_site();
    auto text = site["content/countries/zmb.toml"];
    text.replace(text.find("2014-02-21"), 10, "\"2014-02-21\"");
    CHECK(problems(with(site, "content/countries/zmb.toml", text)) ==
          std::vector<std::string>{
              "content/countries/zmb.toml:4:11: \"updated\" must be a date, not text "
              "[write it without quotes, e.g. updated = 2020-02-04]"});
}

TEST_CASE("an impossible date is reported where it is written") {
    auto site = small_site();
    auto text = site["content/countries/zmb.toml"];
    text.replace(text.find("2014-02-21"), 10, "2014-02-30");
    const auto p = problems(with(site, "content/countries/zmb.toml", text));
    REQUIRE(p.size() == 1);
    CHECK(p[0].starts_with("content/countries/zmb.toml:4:"));
}

TEST_CASE("a word outside a fixed list names the allowed words") {
    auto site = small_site();
    auto text = site["content/case-studies/hotline-network.toml"];
    text.replace(text.find("\"international\""), 15, "\"internatonal\"");
    CHECK(problems(with(site, "content/case-studies/hotline-network.toml", text)) ==
          std::vector<std::string>{
              "content/case-studies/hotline-network.toml:6:9: \"scope\" must be one of national, "
              "regional, international, not \"internatonal\" [did you mean \"international\"?]"});
}

TEST_CASE("URLs with a scheme other than http, https or mailto are refused") {
    auto files =
        with(small_site(), "content/partners/insafe.toml",
             "name = \"Insafe\"\nkind = \"ngo\"\nsummary = \"s\"\nurl = \"javascript:alert(1)\"\n");
    CHECK(problems(files) ==
          std::vector<std::string>{
              "content/partners/insafe.toml:4:7: \"url\" \"javascript:alert(1)\" is not a web "
              "address "
              "copsite can publish: it must start with https://, http:// or mailto: and contain no "
              "spaces [write the full address, e.g. https://www.itu.int/cop]"});
}

TEST_CASE("a file name that breaks the id rules is reported") {
    auto site = without(small_site(), "content/partners/insafe.toml");
    site["content/partners/Insafe_Network.toml"] = "name = \"x\"";
    const auto p = problems(site);
    CHECK(std::find(p.begin(), p.end(),
                    "content/partners/Insafe_Network.toml:0:0: the file name "
                    "\"Insafe_Network.toml\" is not a valid partner id [use lower-case letters, "
                    "digits and single hyphens, e.g. safer-internet-day.toml]") != p.end());
}

TEST_CASE("country and meeting file names follow their own rules") {
    // Each name is reported as not an id, or (valid names) loads; the
    // contents are those of a real country and meeting.
    const auto site = small_site();
    const auto& country = site.at("content/countries/pol.toml");
    const auto& meeting = site.begin()->second;  // any text: only the name is judged first
    for (const auto& [name, valid] : std::vector<std::pair<std::string, bool>>{
             {"content/countries/po.toml", false},
             {"content/countries/pola.toml", false},
             {"content/countries/p0l.toml", false},
             {"content/countries/POL.toml", false},
             {"content/meetings/cwg-cop-0.toml", false},
             {"content/meetings/cwg-cop-07.toml", false},
             {"content/meetings/cwg-cop-.toml", false},
             {"content/meetings/cwg-cop-1a.toml", false},
             {"content/meetings/cwg-cop-12.toml", true},
             {"content/meetings/meeting-12.toml", false},
         }) {
        INFO(name);
        auto files = site;
        files[name] = name.find("countries") != std::string::npos ? country : meeting;
        bool named_badly = false;
        for (const auto& problem : problems(files))
            named_badly |= problem.starts_with(name + ":0:0: the file name");
        CHECK(named_badly == !valid);
    }
}

TEST_CASE("a country whose code differs from its file name is reported") {
    auto site = small_site();
    auto text = site["content/countries/zmb.toml"];
    text.replace(text.find("\"ZMB\""), 5, "\"ZWE\"");
    CHECK(problems(with(site, "content/countries/zmb.toml", text)) ==
          std::vector<std::string>{
              "content/countries/zmb.toml:1:8: code \"ZWE\" does not match the file name zmb.toml "
              "[the file of the country with code ZWE must be named zwe.toml, and its code must be "
              "upper case]"});
}

TEST_CASE("a meeting whose number differs from its file name is reported") {
    auto site = small_site();
    auto text = site["content/meetings/cwg-cop-16.toml"];
    text.replace(0, 11, "number = 61");
    const auto p = problems(with(site, "content/meetings/cwg-cop-16.toml", text));
    REQUIRE_FALSE(p.empty());
    CHECK(p[0] ==
          "content/meetings/cwg-cop-16.toml:1:10: number 61 does not match the file name "
          "cwg-cop-16.toml [the file of meeting 61 must be named cwg-cop-61.toml]");
}

TEST_CASE("a recorded contribution count is loaded, and one below the listed count reported") {
    auto site = small_site();
    auto text = site["content/meetings/cwg-cop-16.toml"];
    const auto at = text.find("summary = ");
    const auto files = with(site, "content/meetings/cwg-cop-16.toml",
                            std::string(text).insert(at, "contribution_count = 18\n"));
    CHECK(problems(files).empty());
    MemoryFileSystem fs(files);
    const auto loaded = load_content(fs, 2);
    const auto& m = loaded.content.meetings.at(1);
    REQUIRE(m.number == 16);
    CHECK(m.contribution_count == 18);
    CHECK(m.contributions.size() == 1);

    const auto p = problems(with(site, "content/meetings/cwg-cop-16.toml",
                                 std::string(text).insert(at, "contribution_count = 0\n")));
    REQUIRE(p.size() == 1);
    CHECK(p[0] ==
          "content/meetings/cwg-cop-16.toml:7:22: contribution_count 0 is less than the 1 "
          "[[contributions]] listed [give the number of contributions the records give (at "
          "least 1), or remove contribution_count to count the listed ones]");
}

TEST_CASE("TOML syntax errors point at the place and explain") {
    auto files =
        with(small_site(), "content/partners/insafe.toml", "name = \"Insafe\nkind = \"ngo\"\n");
    const auto p = problems(files);
    REQUIRE(p.size() == 1);
    CHECK(p[0].starts_with("content/partners/insafe.toml:1:"));
    CHECK(p[0].find("this is not valid TOML") != std::string::npos);
}

TEST_CASE("files that are not TOML are reported, README.md and dot files are not") {
    auto site = small_site();
    site["content/case-studies/notes.txt"] = "x";
    site["content/case-studies/README.md"] = "x";
    site["content/case-studies/.gitkeep"] = "";
    CHECK(problems(site) ==
          std::vector<std::string>{"content/case-studies/notes.txt:0:0: this file is not a .toml "
                                   "file [content files end in "
                                   ".toml; move other files out of content/case-studies]"});
}

TEST_CASE("every error of every file is reported in one run") {
    auto site = small_site();
    site["content/partners/insafe.toml"] = "name = 1\nkind = \"ngo\"\nsummary = \"s\"\n";
    site["content/guidelines/children.toml"] = "title = \"t\"\n";
    site["content/meetings/cwg-cop-8.toml"] += "\nfoo = 1\n";
    CHECK(problems(site).size() == 3);
}

TEST_CASE("a case study's body remembers where its file holds it verbatim") {
    const std::string path = "content/case-studies/safer-internet-day.toml";
    const auto file_of = [&](const Files& files) {
        MemoryFileSystem fs(files);
        auto loaded = load_content(fs, 1);
        REQUIRE(loaded.diagnostics.empty());
        for (const auto& c : loaded.content.case_studies)
            if (c.origin.file == path) return c;
        FAIL("no case study from " + path);
        return CaseStudy{};
    };
    const auto files = small_site();
    const auto plain = file_of(files);
    REQUIRE(plain.body_span);
    CHECK(plain.body.empty());  // left in the file
    const auto text = files.at(path).substr(plain.body_span->offset, plain.body_span->size);
    CHECK(text.starts_with("Safer Internet Day is celebrated **worldwide**.\n"));
    CHECK(text.ends_with("coordinates\n"));
    CHECK(plain.body_span->hash == text_hash(text));
    // An escape or a CR LF line end makes the value differ from the bytes.
    auto escaped = files.at(path);
    escaped.replace(escaped.find("celebrated"), 10, "cel\\u0065brated");
    const auto kept = file_of(with(files, path, escaped));
    CHECK_FALSE(kept.body_span);
    CHECK(kept.body.find("is celebrated **worldwide**") != std::string::npos);
    std::string crlf;
    for (char ch : files.at(path)) crlf += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
    CHECK_FALSE(file_of(with(files, path, crlf)).body_span);
    // A one-line body is found after its quote.
    auto one_line = files.at(path);
    const auto from = one_line.find("body = \"\"\"");
    const auto to = one_line.find("\"\"\"", from + 10) + 3;
    one_line.replace(from, to - from, "body = \"One *line*.\"");
    const auto short_body = file_of(with(files, path, one_line));
    REQUIRE(short_body.body_span);
    CHECK(one_line.substr(short_body.body_span->offset, short_body.body_span->size) ==
          "One *line*.");
}

TEST_CASE("a character web pages must not contain is reported where it is written") {
    const std::string path = "content/case-studies/safer-internet-day.toml";
    const auto site = small_site();
    const auto replaced = [&](std::string_view from, std::string_view to) {
        auto text = site.at(path);
        text.replace(text.find(from), from.size(), to);
        return with(site, path, text);
    };
    // A TOML escape: the value's place, as its characters cannot be counted.
    CHECK(problems(replaced("A yearly day", "A yearly\\u001A day")) ==
          std::vector<std::string>{
              path + ":2:11: \"summary\" contains U+001A, a control character that web pages "
                     "must not contain [delete it: most editors do not show it (TOML can also "
                     "write it as \\u001A)]"});
    // Written as itself (a C1 control is valid TOML): exactly where it is.
    // Columns count characters: ä is one, of two bytes.
    CHECK(problems(replaced("## What happens", "## Wh\xC3\xA4t\xC2\x85 happens")) ==
          std::vector<std::string>{
              path + ":14:8: \"body\" contains U+0085, a control character that web pages "
                     "must not contain [delete it: most editors do not show it (TOML can also "
                     "write it as \\u0085)]"});
    CHECK(problems(replaced("yearly", "yearly\xEF\xBF\xBE")).at(0).find("U+FFFE, a noncharacter") !=
          std::string::npos);
    // A Markdown reference, decimal or hexadecimal.
    CHECK(problems(replaced("- schools", "- some &#26; schools")) ==
          std::vector<std::string>{
              path + ":16:8: &#26; stands for U+001A, a character that web pages must not "
                     "contain [delete it; write the character you meant, or a space]"});
    CHECK(problems(replaced("celebrated", "celebrated &#X9f;")) ==
          std::vector<std::string>{
              path + ":12:34: &#X9f; stands for U+009F, a character that web pages must not "
                     "contain [delete it; write the character you meant, or a space]"});
    // A code span shows the reference as written; &#0; reads as U+FFFD; named
    // references and others are fine.
    CHECK(problems(replaced("celebrated", "celebrated `&#26;`")).empty());
    CHECK(problems(replaced("celebrated", "celebrated &#0; &amp; &#233; &#x2014;")).empty());
}
