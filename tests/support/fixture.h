#pragma once

#include <filesystem>
#include <map>
#include <string>

// A small, valid repository written inline, so each test shows the data it
// changes (Hugo's integration tests taught us why hidden fixtures rot).
namespace copsite::test {

using Files = std::map<std::string, std::string>;

// site.toml, vocabulary, 2 countries, 2 case studies, 2 meetings, 2 guideline
// sets and 2 partners, all cross-linked.
Files small_site();

// A fresh empty folder under the system temp dir, removed by the destructor.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    void write(const Files& files) const;

  private:
    std::filesystem::path path_;
};

struct ProcessResult {
    int exit_code;
    std::string out;
    std::string err;
};

// Runs the copsite binary with these arguments.
ProcessResult run_copsite(const std::string& args);

std::string read_text(const std::filesystem::path& path);
// Every file below `dir`, relative path -> bytes.
Files read_tree(const std::filesystem::path& dir);

}  // namespace copsite::test
