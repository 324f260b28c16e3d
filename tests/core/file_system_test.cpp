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

TEST_CASE("the disk lists every file below a folder, sorted, as memory does") {
    const test::Files tree = {{"content/b.toml", "b"},
                              {"content/a.toml", "a"},
                              {"content/sub/deeper/c.toml", "c"},
                              {"content/sub/.hidden", "h"},
                              {"other/d.toml", "d"}};
    test::TempDir dir;
    dir.write(tree);
    const DiskFileSystem disk(dir.path());
    const MemoryFileSystem memory(tree);
    for (const std::string folder : {"content", "content/", "content/sub", "other", "missing"})
        CHECK(disk.list(folder) == memory.list(folder));
    CHECK(disk.list("content") == std::vector<std::string>{"content/a.toml", "content/b.toml",
                                                           "content/sub/.hidden",
                                                           "content/sub/deeper/c.toml"});
    CHECK(disk.list("").size() == tree.size());
    // A link to a file is listed as the file; a link to a folder is not followed.
    std::filesystem::create_symlink(dir.path() / "other/d.toml", dir.path() / "content/link.toml");
    std::filesystem::create_directory_symlink(dir.path() / "other", dir.path() / "content/away");
    CHECK(disk.list("content").size() == 5);
    CHECK(disk.list("content")[2] == "content/link.toml");
}

TEST_CASE("a file is read whole: empty, of any size, or one that reports no size") {
    test::TempDir dir;
    const std::string big(100'000, 'x');
    dir.write({{"empty.toml", ""}, {"one.toml", "1"}, {"big.toml", big + "end"}});
    CHECK(read_file(dir.path() / "empty.toml") == "");
    CHECK(read_file(dir.path() / "one.toml") == "1");
    CHECK(read_file(dir.path() / "big.toml") == big + "end");
    CHECK_FALSE(read_file(dir.path() / "missing.toml"));
    // Files in /proc report a size of 0 and are read to their end.
    const auto status = read_file("/proc/self/status");
    REQUIRE(status);
    CHECK(status->find("Name:") == 0);
    CHECK(status->size() > 100);
}

TEST_CASE("files are read below the root, which is opened once") {
    test::TempDir dir;
    dir.write({{"content/a.toml", "0123456789"}});
    const DiskFileSystem disk(dir.path());
    CHECK(disk.read("content/a.toml") == "0123456789");
    CHECK(disk.read_range("content/a.toml", 2, 3) == "234");
    CHECK_FALSE(disk.read("content/b.toml"));
    CHECK_FALSE(disk.read("content"));  // a folder is not a file
    // A root that does not exist (or is not a folder) reads nothing.
    const DiskFileSystem missing(dir.path() / "nowhere");
    CHECK_FALSE(missing.read("content/a.toml"));
    CHECK_FALSE(missing.read_range("content/a.toml", 0, 1));
    const DiskFileSystem file_root(dir.path() / "content" / "a.toml");
    CHECK_FALSE(file_root.read("x"));
}
