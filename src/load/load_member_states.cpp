#include "load/load_member_states.h"

#include <algorithm>
#include <set>

#include "core/text.h"

namespace copsite {

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const auto tab = line.find('\t', start);
        fields.emplace_back(
            line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
        if (tab == std::string_view::npos) return fields;
        start = tab + 1;
    }
}

bool is_iso3(std::string_view code) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::vector<MemberState> parse_member_states(std::string_view text, const std::string& path,
                                             Diagnostics& diagnostics) {
    std::vector<MemberState> out;
    std::set<std::string> seen;
    int number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        auto line = text.substr(start, end - start);
        start = end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        const SourcePos pos{number, 1};
        // The names are published on every country's page.
        if (const auto bad = find_forbidden_character(line)) {
            diagnostics.error(path, position_within(pos, line, bad->offset), "forbidden-character",
                              "this line contains " + code_point_name(bad->code_point) +
                                  ", a character that web pages must not contain",
                              "delete it: most editors do not show it");
            continue;
        }
        const auto fields = split_tabs(line);
        if (fields.size() != 3 || fields[1].empty() || fields[2].empty()) {
            diagnostics.error(path, pos, "member-state-line",
                              "a Member State line needs three fields separated by tabs",
                              "write CODE<TAB>name<TAB>region, e.g. POL<TAB>Poland<TAB>europe");
            continue;
        }
        if (!is_iso3(fields[0])) {
            diagnostics.error(path, pos, "member-state-line",
                              "\"" + fields[0] + "\" is not an ISO 3166-1 alpha-3 code",
                              "write three upper-case letters, e.g. POL");
            continue;
        }
        if (!seen.insert(fields[0]).second) {
            diagnostics.error(path, pos, "duplicate-id", fields[0] + " appears twice",
                              "remove one of the two lines");
            continue;
        }
        out.push_back({fields[0], fields[1], fields[2]});
    }
    std::sort(out.begin(), out.end(),
              [](const MemberState& a, const MemberState& b) { return a.code < b.code; });
    return out;
}

}  // namespace copsite
