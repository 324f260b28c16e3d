#include "render/svg_path.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace copsite {

namespace {

struct Point {
    int x, y;
    bool operator==(const Point&) const = default;
};

using Ring = std::vector<Point>;

// Reads the next number at `at`, skipping separators; false at a command or the end.
bool next_number(std::string_view d, std::size_t& at, double& value) {
    while (at < d.size() && (d[at] == ' ' || d[at] == ',')) ++at;
    if (at >= d.size() || std::isalpha(static_cast<unsigned char>(d[at]))) return false;
    auto r = std::from_chars(d.data() + at, d.data() + d.size(), value);
    if (r.ec != std::errc()) return false;
    at = static_cast<std::size_t>(r.ptr - d.data());
    return true;
}

// The rings of the path in absolute coordinates, each point rounded once so
// the rounding error never accumulates along a ring.
std::vector<Ring> read_rings(std::string_view d) {
    std::vector<Ring> rings;
    double x = 0, y = 0;
    std::size_t at = 0;
    auto add = [&] {
        rings.back().push_back(
            {static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y))});
    };
    while (at < d.size()) {
        const char command = d[at++];
        double a, b;
        if (command == 'M' || command == 'm') {
            if (!next_number(d, at, a) || !next_number(d, at, b)) break;
            x = command == 'M' ? a : x + a;
            y = command == 'M' ? b : y + b;
            rings.emplace_back();
            add();
        } else if (command == 'l' && !rings.empty()) {
            while (next_number(d, at, a) && next_number(d, at, b)) {
                x += a;
                y += b;
                add();
            }
        } else if (command != 'z' && command != 'Z' && command != ' ') {
            break;  // not written by tools/world-map: stop rather than guess
        }
    }
    return rings;
}

void append_int(std::string& out, int v, bool separate) {
    if (separate && v >= 0) out += ' ';
    out += std::to_string(v);
}

}  // namespace

CompactPath compact_path(std::string_view d) {
    CompactPath out;
    bool first = true;
    for (auto ring : read_rings(d)) {
        ring.erase(std::unique(ring.begin(), ring.end()), ring.end());
        if (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
        if (ring.size() < 3) continue;
        out.d += 'M' + std::to_string(ring[0].x);
        append_int(out.d, ring[0].y, true);
        out.d += 'l';
        for (std::size_t i = 1; i < ring.size(); ++i) {
            append_int(out.d, ring[i].x - ring[i - 1].x, i > 1);
            append_int(out.d, ring[i].y - ring[i - 1].y, true);
        }
        out.d += 'z';
        for (const auto& p : ring) {
            if (first) out.box = {p.x, p.y, p.x, p.y};
            first = false;
            out.box.min_x = std::min(out.box.min_x, p.x);
            out.box.min_y = std::min(out.box.min_y, p.y);
            out.box.max_x = std::max(out.box.max_x, p.x);
            out.box.max_y = std::max(out.box.max_y, p.y);
        }
    }
    return out;
}

}  // namespace copsite
