#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/file_descriptor.h"

// Atomic publishing: a build writes into a hidden directory beside the output
// and swaps it in only when complete, so readers of the output directory see
// the old site or the new one, never a mix, and a failed or killed build
// leaves the old site exactly as it was.
namespace copsite {

class Staging {
  public:
    // Creates ".<out-name>.staging-<pid>" beside `out`, first removing ones
    // left by builds that were killed. Refuses (returns nullopt and sets
    // `error`) if `out` exists but is not a site copsite wrote, so a mistyped
    // --out never deletes someone's files.
    static std::optional<Staging> open(const std::filesystem::path& out, std::string& error);

    Staging(Staging&&) noexcept;
    Staging& operator=(Staging&&) = delete;
    ~Staging();  // removes the staging directory unless published

    const std::filesystem::path& dir() const { return dir_; }
    // Writes one file (creating its folders). Thread-safe for distinct paths.
    bool write(const std::string& relative_path, std::string_view bytes, std::string& error) const;
    // Swaps the staging directory in for `out` and deletes the old site.
    bool publish(std::string& error);

  private:
    Staging(std::filesystem::path out, std::filesystem::path dir, FileDescriptor dir_fd);
    std::filesystem::path out_;
    std::filesystem::path dir_;
    // dir_, open: files are made relative to it, so the kernel does not walk
    // the whole path again for each of thousands of pages.
    FileDescriptor dir_fd_;
    bool done_ = false;
};

// The marker file every built site carries; its presence lets a later build
// replace the directory.
inline constexpr const char* kSiteMarker = ".copsite-site";

}  // namespace copsite
