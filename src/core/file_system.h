#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/file_descriptor.h"

// The seam between the loader and the disk, so tests can build content trees
// in memory. Paths are relative to the content root and use '/'.
namespace copsite {

class FileSystem {
  public:
    virtual ~FileSystem() = default;
    // The file's bytes, or nullopt if it does not exist or cannot be read.
    virtual std::optional<std::string> read(const std::string& path) const = 0;
    // `size` bytes from `offset` on, or nullopt if the file cannot be read or
    // is shorter.
    virtual std::optional<std::string> read_range(const std::string& path, std::size_t offset,
                                                  std::size_t size) const;
    // Every regular file below `dir` (recursively), relative to the root, sorted.
    virtual std::vector<std::string> list(const std::string& dir) const = 0;
    virtual bool exists(const std::string& path) const = 0;
};

class DiskFileSystem final : public FileSystem {
  public:
    explicit DiskFileSystem(std::filesystem::path root);
    std::optional<std::string> read(const std::string& path) const override;
    // Reads only those bytes: a page needs its body, not the whole file.
    std::optional<std::string> read_range(const std::string& path, std::size_t offset,
                                          std::size_t size) const override;
    std::vector<std::string> list(const std::string& dir) const override;
    bool exists(const std::string& path) const override;
    const std::filesystem::path& root() const { return root_; }

  private:
    // Opens `path` below the root relative to the root folder, which is
    // opened once: the kernel does not walk the root's own path again for
    // each of thousands of files, nor does a std::filesystem::path get made.
    FileDescriptor open(const std::string& path) const;

    std::filesystem::path root_;
    FileDescriptor root_folder_;  // not open if the root could not be
};

class MemoryFileSystem final : public FileSystem {
  public:
    MemoryFileSystem() = default;
    explicit MemoryFileSystem(std::map<std::string, std::string> files)
        : files_(std::move(files)) {}
    void write(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
    std::optional<std::string> read(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;
    bool exists(const std::string& path) const override;

  private:
    std::map<std::string, std::string> files_;
};

// Reads a whole file from disk; nullopt on any error.
std::optional<std::string> read_file(const std::filesystem::path& path);

}  // namespace copsite
