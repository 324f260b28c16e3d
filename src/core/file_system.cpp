#include "core/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace copsite {

std::optional<std::string> read_file(const std::filesystem::path& path) {
    // POSIX, straight into a string of the file's size: stdio read through
    // its own buffer and a second one, copying every content file twice.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    const std::unique_ptr<const int, void (*)(const int*)> closer(
        &fd, [](const int* f) { ::close(*f); });
    struct stat info {};
    if (::fstat(fd, &info) != 0) return std::nullopt;
    // One byte more than the size, so the read that finds the end is the
    // second, not a third; files that report no size (in /proc) grow as read.
    std::string bytes(static_cast<std::size_t>(info.st_size) + 1, '\0');
    std::size_t got = 0;
    for (;;) {
        if (got == bytes.size()) bytes.resize(2 * bytes.size());
        const auto n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::nullopt;
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    bytes.resize(got);
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
