#pragma once

#include <filesystem>
#include <string>
#include <string_view>

// Writes one file outside the site (a starter file, a schema): into a
// temporary file beside it, then renamed over it, so a reader never sees half
// a file. Creates the parent folders.
namespace copsite {

bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                           std::string& error);

}  // namespace copsite
