#include "core/file_system.h"

#include "core/file_descriptor.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace copsite {

namespace {

FileDescriptor open_for_reading(const std::filesystem::path& path) {
    return FileDescriptor(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
}

// The whole of an open file; nullopt on any error.
std::optional<std::string> read_all(const FileDescriptor& file) {
    // POSIX, straight into a string of the file's size: stdio read through
    // its own buffer and a second one, copying every content file twice.
    if (!file) return std::nullopt;
    const int fd = file.get();
    struct stat info {};
    if (::fstat(fd, &info) != 0) return std::nullopt;
    // A regular file is read up to its size, with no read to find the end:
    // a build reads thousands of files, one system call each. Files that
    // report no size (in /proc) grow as read, to the end.
    const auto size = static_cast<std::size_t>(info.st_size);
    const bool sized = S_ISREG(info.st_mode) && size > 0;
    std::string bytes(size + (sized ? 0 : 1), '\0');
    std::size_t got = 0;
    while (!(sized && got == size)) {
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

}  // namespace

std::optional<std::string> FileSystem::read_range(const std::string& path, std::size_t offset,
                                                  std::size_t size) const {
    auto bytes = read(path);
    if (!bytes || offset > bytes->size() || size > bytes->size() - offset) return std::nullopt;
    return bytes->substr(offset, size);
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
    return read_all(open_for_reading(path));
}

DiskFileSystem::DiskFileSystem(std::filesystem::path root)
    : root_(std::move(root)),
      root_folder_(::open(root_.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)) {}

FileDescriptor DiskFileSystem::open(const std::string& path) const {
    if (!root_folder_) return open_for_reading(root_ / path);
    return FileDescriptor(::openat(root_folder_.get(), path.c_str(), O_RDONLY | O_CLOEXEC));
}

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
    return read_all(open(path));
}

std::optional<std::string> DiskFileSystem::read_range(const std::string& path, std::size_t offset,
                                                      std::size_t size) const {
    const auto file = open(path);
    if (!file) return std::nullopt;
    if (size == 0) {  // no read to find the end with
        struct stat info {};
        if (::fstat(file.get(), &info) != 0 || offset > static_cast<std::size_t>(info.st_size))
            return std::nullopt;
        return std::string();
    }
    std::string bytes(size, '\0');
    std::size_t got = 0;
    while (got < size) {
        const auto n =
            ::pread(file.get(), bytes.data() + got, size - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;  // an error, or the file is shorter
        got += static_cast<std::size_t>(n);
    }
    return bytes;
}

namespace {

// What a directory entry is, following symbolic links as
// std::filesystem::is_regular_file does. `path` makes the entry's path, only
// when readdir does not say what the entry is.
enum class EntryType { file, directory, other };

template <class Path>
EntryType entry_type(unsigned char d_type, Path&& path) {
    if (d_type == DT_REG) return EntryType::file;
    if (d_type == DT_DIR) return EntryType::directory;
    if (d_type != DT_UNKNOWN && d_type != DT_LNK) return EntryType::other;
    const std::string full = path();
    struct stat info {};
    if (d_type == DT_UNKNOWN && ::lstat(full.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
        return EntryType::directory;
    if (::stat(full.c_str(), &info) == 0 && S_ISREG(info.st_mode)) return EntryType::file;
    return EntryType::other;  // symbolic links to folders are not followed
}

// Appends the regular files below root/dir (relative to root) to `out`.
// readdir, not std::filesystem's iterator: a path object per file, and making
// it relative, took longer than reading the folder.
void list_files(const std::string& root, const std::string& dir, std::vector<std::string>& out) {
    const auto below = [&](std::string_view name) {
        if (dir.empty()) return std::string(name);
        return dir + (dir.ends_with('/') ? "" : "/") + std::string(name);
    };
    const std::string abs = dir.empty() ? root : root + "/" + dir;
    const std::unique_ptr<DIR, int (*)(DIR*)> folder(::opendir(abs.c_str()), &::closedir);
    if (!folder) return;
    while (const dirent* entry = ::readdir(folder.get())) {
        const std::string_view name = entry->d_name;
        if (name == "." || name == "..") continue;
        std::string relative = below(name);
        switch (entry_type(entry->d_type, [&] { return root + "/" + relative; })) {
            case EntryType::file:
                out.push_back(std::move(relative));
                break;
            case EntryType::directory:
                list_files(root, relative, out);
                break;
            case EntryType::other:
                break;
        }
    }
}

}  // namespace

std::vector<std::string> DiskFileSystem::list(const std::string& dir) const {
    std::vector<std::string> out;
    list_files(root_.string(), dir, out);
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
