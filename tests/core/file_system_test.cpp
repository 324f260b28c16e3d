#include <catch2/catch.hpp>

#include "core/file_system.h"
#include "support/fixture.h"

using namespace copsite;

namespace {

// The same checks on the disk and in memory: both must answer alike.
void check_ranges(const FileSystem& files) {
    CHECK(files.read_range("content/a.toml", 0, 10) == "0123456789");
    CHECK(files.read_range("content/a.toml", 3, 4) == "3456");
    CHECK(files.read_range("content/a.toml", 10, 0) == "");
    // Past the end: the file is shorter than the range (it changed).
    CHECK_FALSE(files.read_range("content/a.toml", 8, 3));
    CHECK_FALSE(files.read_range("content/a.toml", 11, 0));
    CHECK_FALSE(files.read_range("content/missing.toml", 0, 1));
}

}  // namespace

TEST_CASE("a range of a file is read from the disk as from memory") {
    const test::Files tree = {{"content/a.toml", "0123456789"}};
    test::TempDir dir;
    dir.write(tree);
    SECTION("disk") {
        check_ranges(DiskFileSystem(dir.path()));
    }
    SECTION("memory") {
        check_ranges(MemoryFileSystem(tree));
    }
}
