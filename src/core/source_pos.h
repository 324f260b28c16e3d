#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

// A 1-based line and column in a content file; {0, 0} means "the whole file".
namespace copsite {

struct SourcePos {
    int line = 0;
    int column = 0;
    friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

// Where byte `offset` of `text` is, when the text's first byte is at `start`
// and the file holds the text as it is. Columns count characters (UTF-8
// code points), as the messages' excerpts do.
inline SourcePos position_within(SourcePos start, std::string_view text, std::size_t offset) {
    const auto before = text.substr(0, offset);
    const auto newline = before.rfind('\n');
    const auto line = newline == std::string_view::npos ? before : before.substr(newline + 1);
    const auto characters = static_cast<int>(std::count_if(line.begin(), line.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
    if (newline == std::string_view::npos) return {start.line, start.column + characters};
    return {start.line + static_cast<int>(std::count(before.begin(), before.end(), '\n')),
            1 + characters};
}

}  // namespace copsite
