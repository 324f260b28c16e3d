#include <catch2/catch.hpp>

#include "support/fixture.h"

using namespace copsite::test;

namespace {

std::string project_file(const std::string& path) {
    return read_text(std::filesystem::path(COPSITE_SOURCE_DIR) / path);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

const char* const kCommandOne = "./scripts/setup.sh";
const char* const kCommandTwo = "ctest --test-dir build --output-on-failure -j2";

}  // namespace

// .ci/run runs the README's two commands; the GitHub workflows must run the
// same ones, so what passes here passes there.
TEST_CASE("the README, .ci/run and both GitHub workflows run the same two quick-start commands") {
    const auto readme = project_file("README.md");
    const auto ci = project_file(".ci/run");
    const auto pr = project_file(".github/workflows/pr.yml");
    const auto pages = project_file(".github/workflows/pages.yml");
    for (const auto* text : {&readme, &ci, &pr, &pages}) {
        CHECK(contains(*text, kCommandOne));
        CHECK(contains(*text, kCommandTwo));
    }
}

TEST_CASE("the pull-request workflow annotates errors and summarises the site diff") {
    const auto pr = project_file(".github/workflows/pr.yml");
    CHECK(contains(pr, "pull_request"));
    CHECK(contains(pr, "./build/copsite check --root . --format github"));
    CHECK(contains(pr, "copsite diff \"$base_site\" \"$pr_site\""));
    CHECK(contains(pr, "$GITHUB_STEP_SUMMARY"));
}

TEST_CASE("the Pages workflow deploys main with links under the Pages address") {
    const auto pages = project_file(".github/workflows/pages.yml");
    CHECK(contains(pages, "branches: [main]"));
    CHECK(contains(pages, "--base-url \"${{ steps.pages.outputs.base_url }}\""));
    CHECK(contains(pages, "actions/upload-pages-artifact@"));
    CHECK(contains(pages, "actions/deploy-pages@"));
}
