#include "core/json.h"

#include <cstdio>

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

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    // Runs without special characters, most of any text, are copied at once.
    out += '"';
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char* escape = json_escape(c);
        const bool control = static_cast<unsigned char>(c) < 0x20;
        if (!escape && !control) continue;
        out.append(text, copied, i - copied);
        copied = i + 1;
        if (escape) {
            out += escape;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        }
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
