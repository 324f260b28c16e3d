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

std::string delta_list(const std::vector<std::uint32_t>& docs) {
    std::string out;
    std::uint32_t previous = 0;
    for (std::size_t k = 0; k < docs.size(); ++k) {
        if (k) out += ',';
        append_base36(out, docs[k] - previous);
        previous = docs[k];
    }
    return out;
}

// "~" then six documents per character: bit b of character i is document
// 6i + b. Common words appear in most documents, where this is several times
// shorter than a list.
std::string bitmap(const std::vector<std::uint32_t>& docs) {
    static constexpr char kDigits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::vector<unsigned char> bits(docs.empty() ? 0 : docs.back() / 6 + 1, 0);
    for (auto d : docs) bits[d / 6] |= static_cast<unsigned char>(1u << (d % 6));
    std::string out = "~";
    for (auto b : bits) out += kDigits[b];
    return out;
}

std::string encode_postings(const std::vector<std::uint32_t>& docs) {
    auto list = delta_list(docs);
    // A list costs at least 2 characters a document, a bitmap 1/6 of one per
    // document up to the last: only dense lists are worth the bitmap.
    if (!docs.empty() && (docs.back() / 6 + 2) < list.size()) return bitmap(docs);
    return list;
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
        out += encode_postings(p.second);
        out += '"';
    });
    out += "}\n";
    return out;
}

}  // namespace copsite
