#pragma once

#include <string>
#include <vector>

#include "check/check_content.h"
#include "core/file_system.h"
#include "load/load_content.h"
#include "support/fixture.h"

namespace copsite::test {

// Loads and checks files in memory; returns the diagnostics as
// "file:line:column: message [hint]" lines, sorted.
inline std::vector<std::string> problems(const Files& files) {
    MemoryFileSystem fs(files);
    auto loaded = load_content(fs, 2);
    auto d = std::move(loaded.diagnostics);
    check_and_link(std::move(loaded.content), d);
    std::vector<std::string> out;
    for (const auto& x : d.sorted())
        out.push_back(x.file + ":" + std::to_string(x.pos.line) + ":" +
                      std::to_string(x.pos.column) + ": " + x.message +
                      (x.hint.empty() ? "" : " [" + x.hint + "]"));
    return out;
}

// The small site with one file replaced (or added).
inline Files with(Files files, const std::string& path, const std::string& text) {
    files[path] = text;
    return files;
}

inline Files without(Files files, const std::string& path) {
    files.erase(path);
    return files;
}

}  // namespace copsite::test
