#include "core/json.h"

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

#ifdef __SSE2__
// True if one of the 16 bytes at p needs an escape: a control character, '"',
// '\\' or '<'.
bool has_json_special(const char* p) {
    const auto v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto quote_or_slash =
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    const auto lt_or_control =
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')), bytes_in_range(v, 0, 0x20));
    return _mm_movemask_epi8(_mm_or_si128(quote_or_slash, lt_or_control)) != 0;
}
#endif

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
    // Runs without special characters, most of any text, are copied at once,
    // and passed over 16 bytes at a time where SSE2 is.
    out += '"';
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
#ifdef __SSE2__
        while (i + 16 <= text.size() && !has_json_special(text.data() + i)) i += 16;
        if (i == text.size()) break;
#endif
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
