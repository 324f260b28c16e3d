#include "emit/staging.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace copsite {

namespace fs = std::filesystem;

namespace {

std::string staging_prefix(const fs::path& out) {
    return "." + out.filename().string() + ".staging-";
}

// Staging folders of builds whose process is gone.
void remove_abandoned(const fs::path& out) {
    std::error_code ec;
    const auto prefix = staging_prefix(out);
    for (const auto& entry : fs::directory_iterator(out.parent_path(), ec)) {
        const auto name = entry.path().filename().string();
        if (!name.starts_with(prefix)) continue;
        const auto pid = std::atoi(name.c_str() + prefix.size());
        if (pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)) continue;  // still running
        fs::remove_all(entry.path(), ec);
    }
}

bool is_replaceable(const fs::path& out) {
    std::error_code ec;
    if (!fs::exists(out, ec)) return true;
    if (!fs::is_directory(out, ec)) return false;
    return fs::is_empty(out, ec) || fs::exists(out / kSiteMarker, ec);
}

}  // namespace

Staging::Staging(fs::path out, fs::path dir) : out_(std::move(out)), dir_(std::move(dir)) {}

Staging::Staging(Staging&& other) noexcept
    : out_(std::move(other.out_)), dir_(std::move(other.dir_)), done_(other.done_) {
    other.done_ = true;
}

Staging::~Staging() {
    if (done_) return;
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

std::optional<Staging> Staging::open(const fs::path& requested, std::string& error) {
    const fs::path out = fs::absolute(requested).lexically_normal();
    const fs::path clean = out.has_filename() ? out : out.parent_path();
    if (!is_replaceable(clean)) {
        error = "refusing to replace " + clean.string() +
                ": it is not empty and was not written by copsite (no " + kSiteMarker +
                " file); choose another --out or empty it first";
        return std::nullopt;
    }
    std::error_code ec;
    fs::create_directories(clean.parent_path(), ec);
    remove_abandoned(clean);
    fs::path dir = clean.parent_path() / (staging_prefix(clean) + std::to_string(getpid()));
    fs::remove_all(dir, ec);
    if (!fs::create_directory(dir, ec)) {
        error = "cannot create " + dir.string() + ": " + ec.message();
        return std::nullopt;
    }
    return Staging(clean, dir);
}

bool Staging::write(const std::string& relative_path, std::string_view bytes,
                    std::string& error) const {
    const fs::path path = dir_ / relative_path;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f.get()) != bytes.size() ||
        std::fflush(f.get()) != 0) {
        error = "cannot write " + path.string() + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool Staging::publish(std::string& error) {
    std::error_code ec;
    if (!fs::exists(out_, ec)) {
        fs::rename(dir_, out_, ec);
        if (ec) {
            error = "cannot move the new site into " + out_.string() + ": " + ec.message();
            return false;
        }
        done_ = true;
        return true;
    }
    // One atomic step: the old site and the new one trade places, then the
    // old one (now in the staging folder) is deleted.
    if (renameat2(AT_FDCWD, dir_.c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) != 0) {
        // Filesystems without RENAME_EXCHANGE: two renames, a short gap.
        const fs::path old = dir_.string() + ".old";
        fs::rename(out_, old, ec);
        if (!ec) fs::rename(dir_, out_, ec);
        if (ec) {
            error = "cannot replace " + out_.string() + ": " + ec.message();
            return false;
        }
        fs::remove_all(old, ec);
        done_ = true;
        return true;
    }
    fs::remove_all(dir_, ec);  // the old site
    done_ = true;
    return true;
}

}  // namespace copsite
