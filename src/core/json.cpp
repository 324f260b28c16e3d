#include "core/json.h"

#include <bit>
#include <cstdio>

#include "core/byte_ranges.h"  // SSE2

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

bool needs_escape(char c) {
    return json_escape(c) || static_cast<unsigned char>(c) < 0x20;
}

// Where the first character at or after `from` that needs an escape is, or
// text.size(). Most text has none: with SSE2, 16 bytes at a time.
std::size_t next_special(std::string_view text, std::size_t from) {
    std::size_t i = from;
#ifdef __SSE2__
    for (; i + 16 <= text.size(); i += 16) {
        const auto v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const auto hits =
            _mm_or_si128(bytes_equal_any(v, {'"', '\\', '<'}), bytes_in_range(v, 0, 0x20));
        if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)))
            return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
#endif
    while (i < text.size() && !needs_escape(text[i])) ++i;
    return i;
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
