#include "emit/staging.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>  // renameat2
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

Staging::Staging(fs::path out, fs::path dir, FileDescriptor dir_fd)
    : out_(std::move(out)), dir_(std::move(dir)), dir_fd_(std::move(dir_fd)) {}

Staging::Staging(Staging&& other) noexcept
    : out_(std::move(other.out_)),
      dir_(std::move(other.dir_)),
      dir_fd_(std::move(other.dir_fd_)),
      done_(other.done_) {
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
    FileDescriptor fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd) {
        error = "cannot open " + dir.string() + ": " + std::strerror(errno);
        fs::remove_all(dir, ec);
        return std::nullopt;
    }
    return Staging(clean, dir, std::move(fd));
}

namespace {

// Creates the folder a file goes in, relative to the staging folder. Almost
// every page has a folder of its own whose parent exists already, so one
// mkdir usually does it; the stat-ing walk of create_directories is the
// fallback.
bool make_parent(int dir_fd, const fs::path& dir, std::string_view relative_path) {
    const auto slash = relative_path.rfind('/');
    if (slash == std::string_view::npos) return true;
    const std::string parent(relative_path.substr(0, slash));
    if (::mkdirat(dir_fd, parent.c_str(), 0777) == 0 || errno == EEXIST) return true;
    std::error_code ec;
    fs::create_directories(dir / parent, ec);
    return !ec;
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace

bool Staging::write(const std::string& relative_path, std::string_view bytes,
                    std::string& error) const {
    // Plain POSIX calls: this runs once per page and the stdio buffer would
    // only add a copy.
    const int fd = make_parent(dir_fd_.get(), dir_, relative_path)
                       ? ::openat(dir_fd_.get(), relative_path.c_str(),
                                  O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)
                       : -1;
    bool ok = fd >= 0 && write_all(fd, bytes);
    const auto failed = [&] {
        error = "cannot write " + (dir_ / relative_path).string() + ": " + std::strerror(errno);
    };
    if (!ok) failed();
    if (fd >= 0 && ::close(fd) != 0 && ok) {
        failed();
        ok = false;
    }
    return ok;
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
