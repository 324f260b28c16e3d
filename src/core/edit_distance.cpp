#include "core/edit_distance.h"

#include <algorithm>
#include <cctype>

namespace copsite {

namespace {
char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
}  // namespace

int edit_distance(std::string_view a, std::string_view b, int max) {
    const int m = static_cast<int>(a.size()), n = static_cast<int>(b.size());
    if (std::abs(m - n) > max) return max + 1;
    std::vector<int> row(n + 1);
    for (int j = 0; j <= n; ++j) row[j] = j;
    for (int i = 1; i <= m; ++i) {
        int diagonal = row[0];
        row[0] = i;
        int best = row[0];
        for (int j = 1; j <= n; ++j) {
            const int above = row[j];
            const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            row[j] = std::min({row[j - 1] + 1, above + 1, diagonal + cost});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > max) return max + 1;
    }
    return row[n];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
    const int max = std::max(1, static_cast<int>(word.size()) / 3);
    std::optional<std::string> best;
    int best_distance = max + 1;
    for (const auto& c : candidates) {
        const int d = edit_distance(word, c, max);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

}  // namespace copsite
