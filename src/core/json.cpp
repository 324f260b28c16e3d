#include "core/json.h"

#include <cstdio>

#include "core/byte_ranges.h"

namespace copsite {

namespace {

// The escape for a character JSON (or an HTML data block) cannot take as it
// is, or null.
const char* json_escape(char c) {
    switch (c) {
        case '"':
            return "\\\"";
        case '\\':
            return "\\\\";
        case '\n':
            return "\\n";
        case '\r':
            return "\\r";
        case '\t':
            return "\\t";
        case '<':
            return "\\u003c";
        default:
            return nullptr;
    }
}

// The next character at or after `from` that needs an escape, or text.size().
std::size_t next_special(std::string_view text, std::size_t from) {
    return find_byte_among(text, from, {'"', '\\', '<'}, 0x20);  // the rest are controls
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    // Runs without special characters, most of any text, are copied at once.
    out += '"';
    std::size_t copied = 0;
    for (auto i = next_special(text, 0); i < text.size(); i = next_special(text, i + 1)) {
        out.append(text, copied, i - copied);
        if (const char* escape = json_escape(text[i])) {
            out += escape;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", text[i]);
            out += buf;
        }
        copied = i + 1;
    }
    out.append(text, copied);
    out += '"';
}

std::string json_string(std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

}  // namespace copsite
