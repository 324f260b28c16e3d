#include <catch2/catch.hpp>

#include <string>

#include "emit/search_index.h"
#include "render/search_entries.h"
#include "support/fixture.h"
#include "support/site_helpers.h"

using namespace copsite::test;

namespace {

// Picks from a list by a simple hash, so the corpus is varied but the same
// on every run.
template <std::size_t N>
const char* pick(const char* const (&items)[N], int i, int salt) {
    return items[static_cast<std::size_t>(i * 7919 + salt * 104729) % N];
}

// The small site plus `n` generated case studies that cite everything it
// has, with long Markdown bodies (lists, a table, links, a heading, a
// non-ASCII name): many pages, paginated lists and long backlink lists, so
// that page order, list order and the search index all depend on getting the
// parallel work right.
Files generated_site(int n) {
    static const char* const countries[] = {"POL", "ZMB"};
    static const char* const partners[] = {"insafe", "inhope"};
    static const char* const themes[] = {"awareness", "hotlines"};
    static const char* const guidelines[] = {"children", "parents-educators", "policy-makers"};
    static const char* const meetings[] = {"cwg-cop-8", "cwg-cop-16"};
    static const char* const words[] = {"schools",  "helpline", "reporting", "łódź",      "parents",
                                        "training", "privacy",  "café",      "platforms", "survey"};
    Files files = small_site();
    for (int i = 0; i < n; ++i) {
        std::string body = "## Background\n\n";
        for (int p = 0; p < 6; ++p) {
            for (int w = 0; w < 25; ++w) body += std::string(pick(words, i + p * 31 + w, w)) + " ";
            body += "[more](https://example.org/" + std::to_string(i) + ").\n\n";
        }
        body +=
            "- one item\n- another *item*\n\n1. first\n2. second\n\n"
            "| year | count |\n|---|---|\n| 2020 | " +
            std::to_string(i) + " |\n";
        const bool by_country = i % 2 == 0;
        files["content/case-studies/generated-" + std::to_string(i) + ".toml"] =
            "title = \"Generated case study " + std::to_string(i) + " on " + pick(words, i, 1) +
            "\"\n" + "summary = \"Summary " + std::to_string(i) + ".\"\n" + "published = 20" +
            std::to_string(10 + i % 15) + "-0" + std::to_string(1 + i % 9) + "-1" +
            std::to_string(i % 10) + "\n" + "submitted_by = { " +
            (by_country ? "country = \"" + std::string(pick(countries, i, 2))
                        : "partner = \"" + std::string(pick(partners, i, 3))) +
            "\" }\n" + "scope = \"national\"\n" + "countries = [\"" + pick(countries, i, 4) +
            "\"]\n" + "partners = [\"" + pick(partners, i, 5) + "\"]\n" + "themes = [\"" +
            pick(themes, i, 6) + "\"]\n" + "guidelines = [\"" + pick(guidelines, i, 7) + "\"]\n" +
            "meetings = [\"" + pick(meetings, i, 8) + "\"]\n" + "body = \"\"\"\n" + body +
            "\"\"\"\n";
    }
    return files;
}

}  // namespace

TEST_CASE("a build on 1, 2 or 4 threads writes byte-identical sites") {
    TempDir repo;
    repo.write(generated_site(300));
    const auto root = repo.path().string();
    const std::string theme = std::string(" --theme '") + COPSITE_SOURCE_DIR + "/theme'";
    for (const char* threads : {"1", "2", "4"}) {
        const auto r = run_copsite("build --root '" + root + "' --out '" + root + "/site-" +
                                   threads + "' --threads " + threads + theme);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
    }
    const auto one = read_tree(repo.path() / "site-1");
    CHECK(one.size() > 300);
    CHECK(one.count("case-studies/generated-299/index.html") == 1);
    CHECK(one.count("case-studies/page/3/index.html") == 1);
    CHECK(read_tree(repo.path() / "site-2") == one);
    CHECK(read_tree(repo.path() / "site-4") == one);
}

TEST_CASE("the search index written with the pages is the index of every entry, in order") {
    // Pages make their own search entries on several threads, nearly in
    // index order; the index must be the one made from the entries in order.
    const auto files = generated_site(300);
    TempDir repo;
    repo.write(files);
    const auto root = repo.path().string();
    const auto r = run_copsite("build --root '" + root + "' --threads 4 --theme '" +
                               COPSITE_SOURCE_DIR + "/theme'");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto built = context_for(files);
    const auto written = read_tree(repo.path() / "site").at("search-index.json");
    CHECK(written == copsite::search_index_json(copsite::search_entries(*built.ctx)));
    CHECK(written.find("Generated case study 299") != std::string::npos);
}
