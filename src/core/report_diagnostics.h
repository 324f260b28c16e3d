#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/file_system.h"

namespace copsite {

// Human format, like a compiler: "file:line:column: error: message", the
// source line with a caret under the column, and the hint. `files` supplies
// the source lines.
std::string format_human(const std::vector<Diagnostic>& diagnostics, const FileSystem& files);

// "3 errors in 2 files"
std::string summarize(const std::vector<Diagnostic>& diagnostics);

}  // namespace copsite

namespace copsite {

// GitHub Actions workflow commands: one "::error file=…,line=…,col=…::…" line
// per diagnostic, so each appears on its line of the pull-request diff.
std::string format_github(const std::vector<Diagnostic>& diagnostics);

// A JSON array of {file, line, column, rule, message, hint}, for other tools.
std::string format_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace copsite
