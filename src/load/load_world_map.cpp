#include "load/load_world_map.h"

#include <charconv>

namespace copsite {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1)
        fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    return fields;
}

bool parse_point(std::string_view text, double& x, double& y) {
    const auto space = text.find(' ');
    if (space == std::string_view::npos) return false;
    const auto* end = text.data() + text.size();
    auto rx = std::from_chars(text.data(), text.data() + space, x);
    auto ry = std::from_chars(text.data() + space + 1, end, y);
    return rx.ec == std::errc() && ry.ec == std::errc() && ry.ptr == end;
}

}  // namespace

WorldMap parse_world_map(std::string_view text, std::vector<std::string>& errors) {
    WorldMap map;
    std::size_t number = 0;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        auto line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        const auto fields = split_tabs(line);
        const auto where = "world map, line " + std::to_string(number) + ": ";
        if (fields[0] == "#viewBox" && fields.size() == 2) {
            map.view_box = std::string(fields[1]);
            continue;
        }
        if (fields.size() != 3 || fields[0].size() != 3) {
            errors.push_back(where + "expected CODE<TAB>path|point<TAB>data");
            continue;
        }
        MapShape shape;
        shape.code = std::string(fields[0]);
        if (fields[1] == "path" && fields[2].starts_with('M')) {
            shape.path = std::string(fields[2]);
        } else if (fields[1] == "point" && parse_point(fields[2], shape.x, shape.y)) {
            shape.is_point = true;
        } else {
            errors.push_back(where + "cannot read the " + std::string(fields[1]) + " of " +
                             shape.code);
            continue;
        }
        map.shapes.push_back(std::move(shape));
    }
    if (map.view_box.empty() && !map.shapes.empty())
        errors.push_back("world map: no #viewBox line");
    return map;
}

}  // namespace copsite
