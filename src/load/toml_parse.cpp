#include "load/toml_parse.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/byte_ranges.h"

namespace copsite {

namespace {

// Shorter strings cost toml++ little; leave them in place.
constexpr std::size_t kMinElided = 256;
// A one-line string is cut out only when nothing but blanks or a comment
// follow it on its line, so that no other value moves: then without filling
// its place, and toml++ spends as long on a blank as on a character.
constexpr std::size_t kMinElidedOneLine = 24;

// A string cut out of the document: where its opening delimiter is and the
// value toml++ would have given it.
struct Elided {
    toml::source_position at;
    std::string value;
    bool restored = false;
};

bool is_continuation(unsigned c) {
    return (c & 0xC0) == 0x80;
}

// The length of the UTF-8 sequence at s[i] (a byte >= 0x80), or 0 if it is
// not valid: overlong forms, surrogates and code points past U+10FFFF are not,
// as in toml++'s decoder.
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) -> unsigned {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
    };
    const unsigned c = at(0);
    if (c >= 0xC2 && c <= 0xDF) return is_continuation(at(1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return at(1) >= lo && at(1) <= hi && is_continuation(at(2)) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return at(1) >= lo && at(1) <= hi && is_continuation(at(2)) && is_continuation(at(3)) ? 4
                                                                                              : 0;
    }
    return 0;
}

// True if none of the 8 bytes of `word` needs a closer look: all printable
// ASCII, and no backslash in a basic string. Bodies are almost all such
// bytes, so they are checked a word at a time.
bool all_plain(std::uint64_t word, bool basic) {
    return all_printable_ascii(word) && !(basic && has_byte(word, '\\'));
}

// A multi-line string's body that toml++ would take verbatim.
struct PlainBody {
    std::string value;
    std::size_t line_breaks = 0;  // in the body as written
};

// The value of a multi-line string's body if toml++ would take it verbatim:
// tabs, line breaks and printable characters only, and no escapes in a basic
// string. A line break right after the opening delimiter is not part of the
// value, and CR LF becomes LF, as in toml++.
std::optional<PlainBody> plain_value(std::string_view body, bool basic) {
    std::size_t i = body.starts_with("\n") ? 1 : body.starts_with("\r\n") ? 2 : 0;
    PlainBody out{{}, i > 0 ? 1u : 0u};
    out.value.reserve(body.size());
    std::size_t copied = i;
    while (i < body.size()) {
        if (i + 8 <= body.size() && all_plain(load_word(body.data() + i), basic)) {
            i += 8;
            continue;
        }
        const auto c = static_cast<unsigned char>(body[i]);
        if ((c >= 0x20 && c < 0x7F && !(basic && c == '\\')) || c == '\t') {
            ++i;
        } else if (c == '\n') {
            ++out.line_breaks;
            ++i;
        } else if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n') {
            out.value.append(body, copied, i - copied);
            copied = ++i;
        } else if (const auto n = c >= 0x80 ? utf8_length(body, i) : 0) {
            i += n;
        } else {
            return std::nullopt;
        }
    }
    out.value.append(body, copied, i - copied);
    return out;
}

// Where the closing delimiter of a multi-line string whose body starts at
// `from` is, or npos if it is not closed.
std::size_t find_close(std::string_view text, std::size_t from, bool basic) {
    if (!basic) return text.find("\'\'\'", from);
    // Without a backslash before it, the first """ closes the string.
    const auto first = text.find("\"\"\"", from);
    if (first == std::string_view::npos ||
        text.substr(from, first - from).find('\\') == std::string_view::npos)
        return first;
    for (auto i = from; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"' && text.substr(i).starts_with("\"\"\""))
            return i;
    }
    return std::string_view::npos;
}

// Past the end of a one-line string whose text starts at `from`: its closing
// quote, or the end of the line if there is none (toml++ will say so).
std::size_t skip_one_line_string(std::string_view text, std::size_t from, bool basic) {
    for (auto i = from; i < text.size(); ++i) {
        if (text[i] == '\n') return i;
        if (basic && text[i] == '\\')
            ++i;
        else if (text[i] == (basic ? '"' : '\''))
            return i + 1;
    }
    return text.size();
}

// Whether only blanks, perhaps then a comment, follow `at` on its line.
bool ends_line(std::string_view text, std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return at == text.size() || text[at] == '\n' || text[at] == '#' ||
           text.substr(at).starts_with("\r\n");
}

// Counts lines and columns (in code points, as toml++ does) of offsets that
// only ever increase.
class Positions {
  public:
    explicit Positions(std::string_view text) : text_(text) {}
    toml::source_position at(std::size_t offset) {
        for (auto nl = text_.find('\n', counted_); nl < offset; nl = text_.find('\n', nl + 1)) {
            ++line_;
            line_start_ = nl + 1;
        }
        counted_ = std::max(counted_, offset);
        toml::source_index column = 1;
        for (auto i = line_start_; i < offset; ++i)
            column += !is_continuation(static_cast<unsigned char>(text_[i]));
        return {line_, column};
    }

  private:
    std::string_view text_;
    std::size_t counted_ = 0, line_start_ = 0;
    toml::source_index line_ = 1;
};

// The document with the bodies of long plain multi-line strings replaced by
// their line breaks, plus as many spaces as the last line had code points, so
// that everything after them keeps its line and column, and long plain
// one-line strings that end their line emptied. Empty if the strings
// cannot be told apart (toml++ will report why).
std::optional<std::string> elide_long_strings(std::string_view text, std::vector<Elided>& elided) {
    std::string out;
    Positions positions(text);
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '#') {
            i = std::min(text.find('\n', i), text.size());
            continue;
        }
        if (c != '"' && c != '\'') {
            ++i;
            continue;
        }
        const bool basic = c == '"';
        if (!text.substr(i).starts_with(basic ? "\"\"\"" : "'''")) {
            const auto open = i;
            i = skip_one_line_string(text, open + 1, basic);  // past the closing quote
            // "value" becomes "" when it ends its line.
            const bool closed = i >= open + 2 && text[i - 1] == c;
            if (!closed || i - open - 2 < kMinElidedOneLine || !ends_line(text, i)) continue;
            auto value = plain_value(text.substr(open + 1, i - open - 2), basic);
            if (!value) continue;
            elided.push_back({positions.at(open), std::move(value->value)});
            out.append(text, copied, open + 1 - copied);
            copied = i - 1;
            continue;
        }
        const auto open = i, from = i + 3, close = find_close(text, from, basic);
        if (close == std::string_view::npos) return std::nullopt;
        i = close + 3;
        // Quotes right before the closing delimiter belong to the value; leave those to toml++.
        if (i < text.size() && text[i] == c) {
            while (i < text.size() && text[i] == c) ++i;
            continue;
        }
        const auto body = text.substr(from, close - from);
        if (body.size() < kMinElided) continue;
        auto value = plain_value(body, basic);
        if (!value) continue;
        elided.push_back({positions.at(open), std::move(value->value)});
        out.append(text, copied, from - copied);
        out.append(value->line_breaks, '\n');
        const auto last_line = body.substr(body.find_last_of('\n') + 1);
        out.append(static_cast<std::size_t>(std::count_if(
                       last_line.begin(), last_line.end(),
                       [](char ch) { return !is_continuation(static_cast<unsigned char>(ch)); })),
                   ' ');
        copied = close;
    }
    out.append(text, copied);
    return out;
}

// Puts each cut-out value back into the string node that starts where it did.
// Returns how many were put back.
std::size_t restore(toml::node& node, std::vector<Elided>& elided) {
    std::size_t n = 0;
    if (auto* table = node.as_table()) {
        for (auto&& [key, value] : *table) n += restore(value, elided);
    } else if (auto* array = node.as_array()) {
        for (auto& value : *array) n += restore(value, elided);
    } else if (auto* text = node.as_string()) {
        const auto& begin = text->source().begin;
        auto it = std::lower_bound(elided.begin(), elided.end(), begin,
                                   [](const Elided& e, const auto& p) { return e.at < p; });
        if (it != elided.end() && !(begin < it->at) && !it->restored) {
            text->get() = std::move(it->value);
            it->restored = true;
            ++n;
        }
    }
    return n;
}

}  // namespace

toml::table parse_toml(std::string_view text) {
    // No source path: toml++ would copy it into every node.
    std::vector<Elided> elided;
    const auto shorter = elide_long_strings(text, elided);
    if (!shorter || elided.empty()) return toml::parse(text);
    try {
        auto doc = toml::parse(*shorter);
        // toml++ read a string at every place we cut one out, so it would have
        // read the original the same way; otherwise ask it about the original.
        if (restore(doc, elided) == elided.size()) return doc;
    } catch (const toml::parse_error&) {
        // Report the error as toml++ finds it in the original text.
    }
    return toml::parse(text);
}

}  // namespace copsite
