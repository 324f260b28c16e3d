#include "core/file_system.h"

#include <algorithm>
#include <cstdio>
#include <memory>

namespace copsite {

std::optional<std::string> read_file(const std::filesystem::path& path) {
    // C stdio: measurably faster than ifstream for thousands of small files.
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f) return std::nullopt;
    std::string bytes;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) bytes.append(buf, n);
    if (std::ferror(f.get())) return std::nullopt;
    return bytes;
}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    return read_file(root_ / path);
}

std::vector<std::string> DiskFileSystem::list(const std::string& dir) const {
    std::vector<std::string> out;
    std::error_code ec;
    auto base = root_ / dir;
    if (!std::filesystem::is_directory(base, ec)) return out;
    for (auto it = std::filesystem::recursive_directory_iterator(base, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        // lexically_relative: fs::relative would resolve symlinks, a readlink
        // per path component of every file.
        if (it->is_regular_file(ec))
            out.push_back(it->path().lexically_relative(root_).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool DiskFileSystem::exists(const std::string& path) const {
    std::error_code ec;
    return std::filesystem::exists(root_ / path, ec);
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> MemoryFileSystem::list(const std::string& dir) const {
    std::vector<std::string> out;
    const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
    for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
        if (it->first.compare(0, prefix.size(), prefix) != 0) break;
        out.push_back(it->first);
    }
    return out;
}

bool MemoryFileSystem::exists(const std::string& path) const {
    if (files_.count(path)) return true;
    auto it = files_.lower_bound(path + "/");
    return it != files_.end() && it->first.rfind(path + "/", 0) == 0;
}

}  // namespace copsite
