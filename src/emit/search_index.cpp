#include "emit/search_index.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "core/json.h"

namespace copsite {

namespace {

void append_base36(std::string& out, std::uint32_t n) {
    char buf[8];
    int len = 0;
    do {
        const auto digit = n % 36;
        buf[len++] = static_cast<char>(digit < 10 ? '0' + digit : 'a' + digit - 10);
        n /= 36;
    } while (n);
    while (len) out += buf[--len];
}

template <class List, class Write>
void append_array(std::string& out, const List& list, Write&& write) {
    out += '[';
    bool first = true;
    for (const auto& item : list) {
        if (!first) out += ',';
        first = false;
        write(item);
    }
    out += ']';
}

// word -> the numbers of the documents that contain it, ascending.
std::vector<std::pair<std::string_view, std::vector<std::uint32_t>>> invert(
    const std::vector<SearchEntry>& entries) {
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> postings;
    for (std::uint32_t doc = 0; doc < entries.size(); ++doc)
        for (const auto& word : entries[doc].words) postings[word].push_back(doc);
    std::vector<std::pair<std::string_view, std::vector<std::uint32_t>>> sorted(
        std::make_move_iterator(postings.begin()), std::make_move_iterator(postings.end()));
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return sorted;
}

}  // namespace

std::string search_index_json(const std::vector<SearchEntry>& entries) {
    std::string out = "{\"version\":1,\"kinds\":";
    const SearchKind kinds[] = {SearchKind::country, SearchKind::case_study, SearchKind::meeting,
                                SearchKind::guidelines, SearchKind::partner};
    append_array(out, kinds, [&](SearchKind k) { append_json_string(out, search_kind_label(k)); });
    out += ",\"stop\":";
    append_array(out, search_stop_words(), [&](std::string_view w) { append_json_string(out, w); });
    out += ",\n\"docs\":[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        out += i ? ",\n[" : "\n[";
        out += std::to_string(static_cast<int>(e.kind));
        out += ',';
        append_json_string(out, e.title);
        out += ',';
        append_json_string(out, e.url);
        out += ',';
        append_json_string(out, e.snippet);
        out += ']';
    }
    const auto inverted = invert(entries);
    out += "],\n\"words\":";
    append_array(out, inverted, [&](const auto& p) { append_json_string(out, p.first); });
    out += ",\n\"postings\":";
    append_array(out, inverted, [&](const auto& p) {
        out += '"';
        std::uint32_t previous = 0;
        for (std::size_t k = 0; k < p.second.size(); ++k) {
            if (k) out += ',';
            append_base36(out, p.second[k] - previous);
            previous = p.second[k];
        }
        out += '"';
    });
    out += "}\n";
    return out;
}

}  // namespace copsite
