#pragma once

// A 1-based line and column in a content file; {0, 0} means "the whole file".
namespace copsite {

struct SourcePos {
    int line = 0;
    int column = 0;
    friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

}  // namespace copsite
