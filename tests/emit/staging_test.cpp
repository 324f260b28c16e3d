#include <catch2/catch.hpp>

#include "emit/staging.h"
#include "support/fixture.h"

using namespace copsite;
using namespace copsite::test;

TEST_CASE("publishing swaps the new site in and removes the old one") {
    TempDir dir;
    const auto out = dir.path() / "site";
    for (const char* version : {"one", "two"}) {
        std::string error;
        auto staging = Staging::open(out, error);
        REQUIRE(staging);
        REQUIRE(staging->write("index.html", version, error));
        REQUIRE(staging->write(kSiteMarker, "", error));
        REQUIRE(staging->publish(error));
    }
    CHECK(read_text(out / "index.html") == "two");
    CHECK(read_tree(dir.path()).size() == 2);  // no staging folder left behind
}

TEST_CASE("an unpublished staging folder is removed and the old site kept") {
    TempDir dir;
    const auto out = dir.path() / "site";
    dir.write({{"site/index.html", "old"}, {std::string("site/") + kSiteMarker, ""}});
    {
        std::string error;
        auto staging = Staging::open(out, error);
        REQUIRE(staging);
        REQUIRE(staging->write("index.html", "new", error));
    }
    CHECK(read_tree(dir.path()) ==
          Files{{"site/index.html", "old"}, {std::string("site/") + kSiteMarker, ""}});
}

TEST_CASE("a folder copsite did not write is never replaced") {
    TempDir dir;
    dir.write({{"docs/thesis.txt", "precious"}});
    std::string error;
    CHECK_FALSE(Staging::open(dir.path() / "docs", error));
    CHECK(error.find("refusing to replace") != std::string::npos);
    CHECK(read_text(dir.path() / "docs/thesis.txt") == "precious");
}

TEST_CASE("staging folders of killed builds are cleaned up") {
    TempDir dir;
    dir.write({{".site.staging-999999/index.html", "half"}});
    std::string error;
    auto staging = Staging::open(dir.path() / "site", error);
    REQUIRE(staging);
    CHECK_FALSE(std::filesystem::exists(dir.path() / ".site.staging-999999"));
}
