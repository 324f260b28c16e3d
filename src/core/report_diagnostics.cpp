#include "core/report_diagnostics.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace copsite {

namespace {

std::string source_line(const std::string& text, int line) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.find('\n', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    auto end = text.find('\n', start);
    auto out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return out;
}

// The line as a terminal can show it: a character no page may contain
// (core/text.h), which may be invisible or move the cursor, becomes U+FFFD,
// one character wide like it, so the caret still lines up.
std::string visible(std::string line) {
    std::size_t from = 0;
    while (const auto bad = find_forbidden_character(std::string_view(line).substr(from))) {
        const auto at = from + bad->offset;
        line.replace(at, bad->size, "\xEF\xBF\xBD");
        from = at + 3;
    }
    return line;
}

// Spaces up to `column` (code points), keeping tabs so the caret lines up.
std::string caret_padding(const std::string& line, int column) {
    std::string pad;
    int col = 1;
    for (std::size_t i = 0; i < line.size() && col < column; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;
        pad += c == '\t' ? '\t' : ' ';
        ++col;
    }
    for (; col < column; ++col) pad += ' ';
    return pad;
}

}  // namespace

std::string format_human(const std::vector<Diagnostic>& diagnostics, const FileSystem& files) {
    std::string out;
    std::string cached_path, cached_text;
    for (const auto& d : diagnostics) {
        out += d.file;
        if (d.pos.line > 0)
            out += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
        out += ": error: " + d.message + "\n";
        if (d.pos.line > 0) {
            if (d.file != cached_path) {
                cached_path = d.file;
                cached_text = files.read(d.file).value_or("");
            }
            const auto line = visible(source_line(cached_text, d.pos.line));
            const auto number = std::to_string(d.pos.line);
            out += "  " + number + " | " + line + "\n";
            out += "  " + std::string(number.size(), ' ') + " | " +
                   caret_padding(line, d.pos.column) + "^\n";
        }
        if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
    }
    return out;
}

std::string summarize(const std::vector<Diagnostic>& diagnostics) {
    std::set<std::string> files;
    for (const auto& d : diagnostics) files.insert(d.file);
    const auto n = diagnostics.size();
    return std::to_string(n) + (n == 1 ? " error" : " errors") + " in " +
           std::to_string(files.size()) + (files.size() == 1 ? " file" : " files");
}

}  // namespace copsite

#include "core/json.h"

namespace copsite {

namespace {

// GitHub's escaping for workflow command data and properties.
std::string escape_data(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

std::string escape_property(const std::string& s) {
    std::string out;
    for (char c : escape_data(s)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

}  // namespace

std::string format_github(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) {
        out += "::error file=" + escape_property(d.file);
        out += ",line=" + std::to_string(std::max(d.pos.line, 1));
        if (d.pos.column > 0) out += ",col=" + std::to_string(d.pos.column);
        out += ",title=" + escape_property("copsite: " + d.rule);
        out += "::" + escape_data(d.hint.empty() ? d.message : d.message + "\n" + d.hint) + "\n";
    }
    return out;
}

std::string format_json(const std::vector<Diagnostic>& diagnostics) {
    std::string out = "[";
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const auto& d = diagnostics[i];
        out += i ? ",\n  {" : "\n  {";
        out += "\"file\": " + json_string(d.file);
        out += ", \"line\": " + std::to_string(d.pos.line);
        out += ", \"column\": " + std::to_string(d.pos.column);
        out += ", \"rule\": " + json_string(d.rule);
        out += ", \"message\": " + json_string(d.message);
        out += ", \"hint\": " + json_string(d.hint) + "}";
    }
    return out + (diagnostics.empty() ? "]\n" : "\n]\n");
}

}  // namespace copsite
