#include "core/text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <utility>

#include "core/byte_ranges.h"

namespace copsite {

void append_html_escaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    append_html_escaped(out, text);
    return out;
}

bool is_slug(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    char previous = 0;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-')) return false;
        previous = c;
    }
    return true;
}

bool is_allowed_url(std::string_view url) {
    for (std::string_view scheme : {"https://", "http://", "mailto:"}) {
        if (url.size() > scheme.size() && url.substr(0, scheme.size()) == scheme) {
            for (char c : url)
                if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>')
                    return false;
            return true;
        }
    }
    return false;
}

namespace {

// Two-byte UTF-8 Latin-1 Supplement and Latin Extended-A letters -> ASCII.
// Enough for the names of Member States and the languages of the content.
std::string_view fold_two_byte(unsigned char a, unsigned char b) {
    static const std::pair<const char*, const char*> kFolds[] = {
        {"à", "a"},  {"á", "a"},  {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"æ", "ae"},
        {"ç", "c"},  {"è", "e"},  {"é", "e"}, {"ê", "e"}, {"ë", "e"}, {"ì", "i"}, {"í", "i"},
        {"î", "i"},  {"ï", "i"},  {"ñ", "n"}, {"ò", "o"}, {"ó", "o"}, {"ô", "o"}, {"õ", "o"},
        {"ö", "o"},  {"ø", "o"},  {"ù", "u"}, {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"ý", "y"},
        {"ÿ", "y"},  {"À", "a"},  {"Á", "a"}, {"Â", "a"}, {"Ã", "a"}, {"Ä", "a"}, {"Å", "a"},
        {"Æ", "ae"}, {"Ç", "c"},  {"È", "e"}, {"É", "e"}, {"Ê", "e"}, {"Ë", "e"}, {"Ì", "i"},
        {"Í", "i"},  {"Î", "i"},  {"Ï", "i"}, {"Ñ", "n"}, {"Ò", "o"}, {"Ó", "o"}, {"Ô", "o"},
        {"Õ", "o"},  {"Ö", "o"},  {"Ø", "o"}, {"Ù", "u"}, {"Ú", "u"}, {"Û", "u"}, {"Ü", "u"},
        {"Ý", "y"},  {"ß", "ss"}, {"ş", "s"}, {"Ş", "s"}, {"ğ", "g"}, {"Ğ", "g"}, {"ı", "i"},
        {"İ", "i"},  {"ć", "c"},  {"č", "c"}, {"Č", "c"}, {"ł", "l"}, {"Ł", "l"}, {"ń", "n"},
        {"ś", "s"},  {"š", "s"},  {"Š", "s"}, {"ź", "z"}, {"ż", "z"}, {"ž", "z"}, {"Ž", "z"},
        {"ő", "o"},  {"ű", "u"},  {"ą", "a"}, {"ę", "e"}, {"ř", "r"}, {"ě", "e"}, {"ů", "u"},
        {"ā", "a"},  {"ē", "e"},  {"ī", "i"}, {"ō", "o"}, {"ū", "u"}, {"ț", "t"}, {"ș", "s"},
        {"Ć", "c"},  {"Ń", "n"},  {"Ś", "s"}, {"Ź", "z"}, {"Ż", "z"}, {"Ő", "o"}, {"Ű", "u"},
        {"Ą", "a"},  {"Ę", "e"},  {"Ř", "r"}, {"Ě", "e"}, {"Ů", "u"}, {"Ā", "a"}, {"Ē", "e"},
        {"Ī", "i"},  {"Ō", "o"},  {"Ū", "u"}, {"Ț", "t"}, {"Ș", "s"}, {"đ", "d"}, {"Đ", "d"},
        {"œ", "oe"}, {"Œ", "oe"},
    };
    for (const auto& [from, to] : kFolds)
        if (static_cast<unsigned char>(from[0]) == a && static_cast<unsigned char>(from[1]) == b)
            return to;
    return {};
}

}  // namespace

std::string fold_for_search(std::string_view text) {
    // Folding never makes text longer (a letter becomes at most its two
    // bytes, ’ becomes one), so the result is written in place, without a
    // capacity check per byte: the search index folds every page's text.
    std::string out(text.size(), '\0');
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
#ifdef __SSE2__
        // Runs of ASCII, most of a page, 16 bytes at a time: A-Z gain 0x20.
        while (i + 16 <= text.size()) {
            const auto v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
            if (_mm_movemask_epi8(v) != 0) break;
            const auto upper = bytes_in_range(v, 'A', 26);
            const auto lower = _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out.data() + n), lower);
            i += 16;
            n += 16;
        }
        if (i == text.size()) break;
#endif
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            // ASCII by hand: std::tolower asks the locale for every byte.
            out[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        } else if (i + 1 < text.size() && (c & 0xE0) == 0xC0) {
            auto folded = fold_two_byte(c, static_cast<unsigned char>(text[i + 1]));
            if (folded.empty()) folded = text.substr(i, 2);
            n += folded.copy(out.data() + n, folded.size());
            ++i;
        } else if (text.substr(i, 3) == "\xE2\x80\x99") {  // ’ -> '
            out[n++] = '\'';
            i += 2;
        } else {
            out[n++] = static_cast<char>(c);
        }
    }
    out.resize(n);
    return out;
}

std::string shorten(std::string_view text, std::size_t max) {
    if (text.size() <= max) return std::string(text);
    auto cut = text.substr(0, max).find_last_of(' ');
    if (cut == std::string_view::npos || cut < max / 2) cut = max;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string out(text.substr(0, cut));
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '.'))
        out.pop_back();
    return out + "…";
}

namespace {

constexpr std::uint64_t kHashMultiplier = 0x9E3779B97F4A7C15;

std::uint64_t hash_mix(std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * kHashMultiplier;
    return h ^ (h >> 29);
}

#ifdef __SSE2__
// True if each of the 16 bytes at p is printable ASCII, a tab or a line end
// (\n, \f, \r): nearly all of every text, its line breaks included.
bool all_allowed_ascii(const char* p) {
    const auto v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto printable = bytes_in_range(v, 0x20, 0x7F - 0x20);
    const auto tab_or_lf = bytes_in_range(v, '\t', 2);
    const auto ff_or_cr = bytes_in_range(v, '\f', 2);
    return _mm_movemask_epi8(_mm_or_si128(printable, _mm_or_si128(tab_or_lf, ff_or_cr))) == 0xFFFF;
}
#endif

}  // namespace

bool is_forbidden_in_html(char32_t c) {
    if (c < 0x20) return c != '\t' && c != '\n' && c != '\f' && c != '\r';
    if (c >= 0x7F && c <= 0x9F) return true;
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view utf8) {
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    for (std::size_t i = 0; i < n;) {
        // Every text is checked, bodies too, and nearly all of it is
        // printable ASCII: 16 such bytes are passed at once, or 8.
#ifdef __SSE2__
        if (i + 16 <= n && all_allowed_ascii(utf8.data() + i)) {
            i += 16;
            continue;
        }
#endif
        if (i + 8 <= n && all_printable_ascii(load_word(utf8.data() + i))) {
            i += 8;
            continue;
        }
        const unsigned c = p[i];
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            continue;
        }
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0x7F >> len);
        for (std::size_t k = 1; k < len && i + k < n; ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
        if (is_forbidden_in_html(cp)) return ForbiddenCharacter{i, std::min(len, n - i), cp};
        i += len;
    }
    return std::nullopt;
}

std::optional<NumericReference> read_numeric_reference(std::string_view text, std::size_t at) {
    if (text.substr(at, 2) != "&#") return std::nullopt;
    std::size_t i = at + 2;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    const std::size_t first = i;
    char32_t value = 0;
    for (; i < text.size() && i - first < (hex ? 6u : 7u); ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9'          ? c - '0'
                          : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                        : -1;
        if (digit < 0) break;
        value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    if (i == first || i >= text.size() || text[i] != ';') return std::nullopt;
    return NumericReference{value, i + 1 - at};
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string code_point_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

std::uint64_t text_hash(std::string_view text) {
    const char* p = text.data();
    std::size_t n = text.size();
    std::uint64_t h = n * kHashMultiplier;
    if (n >= 32) {
        // Four lanes, so that the multiplications of a block overlap: a
        // case-study body is hashed as it is loaded and again when it is
        // read back for its page.
        std::uint64_t a = h, b = h + 1, c = h + 2, d = h + 3;
        for (; n >= 32; p += 32, n -= 32) {
            a = hash_mix(a, load_word(p));
            b = hash_mix(b, load_word(p + 8));
            c = hash_mix(c, load_word(p + 16));
            d = hash_mix(d, load_word(p + 24));
        }
        h = hash_mix(hash_mix(hash_mix(a, b), c), d);
    }
    for (; n >= 8; p += 8, n -= 8) h = hash_mix(h, load_word(p));
    // The last n < 8 bytes as a number, byte i at bit 8i. A text of 8 bytes
    // or more has them at the top of its last 8, read at once (most words
    // the search index hashes end here); a shorter one byte by byte.
    std::uint64_t tail = 0;
    if (n > 0 && text.size() >= 8) {
        tail = load_word(p + n - 8) >> (8 * (8 - n));
    } else {
        for (std::size_t i = 0; i < n; ++i)
            tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    }
    return hash_mix(h, tail);
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace copsite

namespace copsite {

std::string upper(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace copsite
