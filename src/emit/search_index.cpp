#include "emit/search_index.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "core/json.h"
#include "core/text.h"

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

}  // namespace

SearchIndexWriter::SearchIndexWriter() : json_("{\"version\":1,\"kinds\":"), slots_(1024) {
    const SearchKind kinds[] = {SearchKind::country, SearchKind::case_study, SearchKind::meeting,
                                SearchKind::guidelines, SearchKind::partner};
    append_array(json_, kinds,
                 [&](SearchKind k) { append_json_string(json_, search_kind_label(k)); });
    json_ += ",\"stop\":";
    append_array(json_, search_stop_words(),
                 [&](std::string_view w) { append_json_string(json_, w); });
    json_ += ",\n\"docs\":[";
}

void SearchIndexWriter::add(const SearchEntry& e) {
    json_ += docs_ ? ",\n[" : "\n[";
    json_ += std::to_string(static_cast<int>(e.kind));
    json_ += ',';
    append_json_string(json_, e.title);
    json_ += ',';
    append_json_string(json_, e.url);
    json_ += ',';
    append_json_string(json_, e.snippet);
    json_ += ']';
    for (const auto& word : e.words) postings_of(word).add(docs_);
    ++docs_;
}

SearchIndexWriter::Postings& SearchIndexWriter::postings_of(std::string_view word) {
    const auto hash = text_hash(word);
    const auto mask = slots_.size() - 1;
    auto i = hash & mask;
    for (; slots_[i]; i = (i + 1) & mask) {
        auto& w = words_[slots_[i] - 1];
        if (w.hash == hash && w.text == word) return w.postings;
    }
    words_.push_back({std::string(word), hash, {}});
    slots_[i] = static_cast<std::uint32_t>(words_.size());
    if (2 * words_.size() > slots_.size()) grow();
    return words_.back().postings;
}

void SearchIndexWriter::grow() {
    std::vector<std::uint32_t> slots(slots_.size() * 2);
    const auto mask = slots.size() - 1;
    for (std::uint32_t n = 0; n < words_.size(); ++n) {
        auto i = words_[n].hash & mask;
        while (slots[i]) i = (i + 1) & mask;
        slots[i] = n + 1;
    }
    slots_ = std::move(slots);
}

void SearchIndexWriter::Postings::add(std::uint32_t doc) {
    // The first document is stored as its number plus one, so a word in
    // document 0 still has a non-zero first delta.
    auto delta = deltas.empty() ? doc + 1 : doc - last;
    for (; delta >= 0x80; delta >>= 7) deltas += static_cast<char>(0x80 | (delta & 0x7F));
    deltas += static_cast<char>(delta);
    last = doc;
}

std::vector<std::uint32_t> SearchIndexWriter::Postings::docs() const {
    std::vector<std::uint32_t> out;
    std::uint32_t doc = 0, delta = 0;
    int shift = 0;
    for (const char ch : deltas) {
        const auto byte = static_cast<unsigned char>(ch);
        delta |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
        shift += 7;
        if (byte & 0x80) continue;
        doc = out.empty() ? delta - 1 : doc + delta;
        out.push_back(doc);
        delta = 0;
        shift = 0;
    }
    return out;
}

std::string SearchIndexWriter::finish() && {
    std::vector<std::pair<std::string_view, const Postings*>> sorted;
    sorted.reserve(words_.size());
    for (const auto& w : words_) sorted.emplace_back(w.text, &w.postings);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    auto out = std::move(json_);
    out += "],\n\"words\":";
    append_array(out, sorted, [&](const auto& p) { append_json_string(out, p.first); });
    out += ",\n\"postings\":";
    append_array(out, sorted, [&](const auto& p) {
        out += '"';
        out += encode_postings(p.second->docs());
        out += '"';
    });
    out += "}\n";
    return out;
}

std::string search_index_json(const std::vector<SearchEntry>& entries) {
    SearchIndexWriter writer;
    for (const auto& e : entries) writer.add(e);
    return std::move(writer).finish();
}

}  // namespace copsite
