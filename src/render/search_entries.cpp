#include "render/search_entries.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>
#include <stdexcept>

#include "core/byte_ranges.h"
#include "core/parallel.h"
#include "core/text.h"
#include "render/markdown.h"
#include "render/view_parts.h"

namespace copsite {

const char* search_kind_label(SearchKind kind) {
    switch (kind) {
        case SearchKind::country:
            return "Country";
        case SearchKind::case_study:
            return "Case study";
        case SearchKind::meeting:
            return "Meeting";
        case SearchKind::guidelines:
            return "Guidelines";
        case SearchKind::partner:
            return "Partner";
    }
    return "";
}

const std::vector<std::string_view>& search_stop_words() {
    static const std::vector<std::string_view> words = {
        "a",     "an",   "and",  "are", "as",   "at",   "be",    "been", "but",  "by",
        "can",   "for",  "from", "had", "has",  "have", "in",    "into", "is",   "it",
        "its",   "of",   "on",   "or",  "that", "the",  "their", "them", "then", "there",
        "these", "they", "this", "to",  "was",  "were", "which", "who",  "will", "with",
    };
    return words;
}

namespace {

char32_t code_point(std::string_view s) {
    const auto b = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(s[k]));
    };
    if (s.size() == 1) return b(0);
    if (s.size() == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    if (s.size() == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}

// Letters and digits of any script are word characters; ASCII and Latin-1
// punctuation, typographic quotes, dashes, spaces and CJK punctuation are
// not. search.js splits queries by the same rule.
bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c < 0xC0) return false;
    if (c >= 0x2000 && c <= 0x206F) return false;
    if (c >= 0x3000 && c <= 0x303F) return false;
    return true;
}

// Where the words of `n` bytes at p are, as one bit per byte (1: in a word),
// 64 bytes to a block, and which bytes are not ASCII. Letters and digits of
// ASCII are known from the byte; with SSE2, 16 bytes at a time.
struct ByteMasks {
    std::vector<std::uint64_t> word, high;
};

ByteMasks ascii_masks(const unsigned char* p, std::size_t n) {
    const std::size_t blocks = (n + 63) / 64;
    ByteMasks m{std::vector<std::uint64_t>(blocks), std::vector<std::uint64_t>(blocks)};
    std::size_t b = 0;
#ifdef __SSE2__
    for (; (b + 1) * 64 <= n; ++b)
        for (int q = 0; q < 4; ++q) {
            const auto v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 64 * b + 16 * q));
            const auto word = _mm_or_si128(bytes_in_range(v, 'a', 26), bytes_in_range(v, '0', 10));
            m.word[b] |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(word))}
                         << (16 * q);
            m.high[b] |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(v))}
                         << (16 * q);
        }
#endif
    for (; b < blocks; ++b)
        for (std::size_t k = 0; k < 64 && 64 * b + k < n; ++k) {
            const unsigned c = p[64 * b + k];
            m.word[b] |= std::uint64_t{(c - 'a' < 26u) || (c - '0' < 10u)} << k;
            m.high[b] |= std::uint64_t{c >> 7} << k;
        }
    return m;
}

// Calls fn(word) for each word of text already folded, in order, as views
// into it; words may repeat. The text is read as a sequence of characters
// (a byte from 0x80 starts one of 2 to 4 bytes, by its value). A page has
// thousands of words: the ASCII bytes are classified in bulk, the others
// one character at a time, and the words are read off the masks.
template <class Fn>
void for_each_word(std::string_view folded, Fn&& fn) {
    const std::size_t n = folded.size();
    const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
    auto masks = ascii_masks(p, n);
    auto& bits = masks.word;
    // Characters of more than one byte, in order, as the text reads them.
    std::size_t next = 0;  // where the next character starts
    for (std::size_t b = 0; b < bits.size(); ++b)
        for (auto high = masks.high[b]; high; high &= high - 1) {
            const auto i = 64 * b + static_cast<std::size_t>(std::countr_zero(high));
            if (i < next) continue;  // a byte of the character before
            const unsigned c = p[i];
            const std::size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            const bool in_word = is_word_char(code_point(folded.substr(i, len)));
            for (next = i; next < std::min(n, i + len); ++next) {
                const auto bit = std::uint64_t{1} << (next % 64);
                bits[next / 64] = in_word ? bits[next / 64] | bit : bits[next / 64] & ~bit;
            }
        }
    // The runs of word bytes: a word starts at a 1 after a 0 and ends at a 0
    // after a 1.
    std::size_t start = 0;
    std::uint64_t carry = 0;  // the last bit of the block before
    for (std::size_t b = 0; b < bits.size(); ++b) {
        const auto shifted = (bits[b] << 1) | carry;
        const auto starts = bits[b] & ~shifted;
        carry = bits[b] >> 63;
        for (auto edges = starts | (~bits[b] & shifted); edges; edges &= edges - 1) {
            const auto at = 64 * b + static_cast<std::size_t>(std::countr_zero(edges));
            if (starts & (edges & -edges))
                start = at;
            else
                fn(folded.substr(start, at - start));
        }
    }
    if (carry) fn(folded.substr(start));
}

}  // namespace

std::vector<std::string> split_search_words(std::string_view text) {
    std::vector<std::string> out;
    for_each_word(fold_for_search(text), [&](std::string_view w) { out.emplace_back(w); });
    return out;
}

namespace {

// A set of words, as views into text that outlives it, kept in the order
// they were first seen. A page has about ten times as many words as distinct
// ones, so each word is looked up in a hash table. Most words are at most 8
// bytes: a slot keeps a word's first 8 bytes and its length, which tell such
// words apart without comparing text. Every word is hashed from its first and
// last 8 bytes and its length, without a branch on its length: words of
// every length follow one another in no order the processor could predict.
class WordSet {
  public:
    explicit WordSet(std::size_t expected)
        : table_(std::bit_ceil(std::max<std::size_t>(64, 2 * expected))) {
        words_.reserve(expected);
    }

    // Adds w if it is new. REQUIRES: 8 bytes can be read from w.data().
    void add(std::string_view w) {
        const Key key = key_of(w);
        const auto hash = hash_of(key);
        const auto mask = table_.size() - 1;
        for (auto i = hash & mask; table_[i].number; i = (i + 1) & mask)
            if (same(table_[i], key, w)) return;
        if (2 * (words_.size() + 1) > table_.size()) grow();
        words_.push_back(w);
        place({key.head, key.size, static_cast<std::uint32_t>(words_.size())}, hash);
    }

    const std::vector<std::string_view>& words() const { return words_; }

  private:
    struct Slot {
        std::uint64_t head;    // the first 8 bytes, zero-padded
        std::uint32_t size;    // in bytes
        std::uint32_t number;  // in words_, plus one; 0: a free slot
    };
    struct Key {
        std::uint64_t head;  // as in Slot
        std::uint64_t tail;  // the last 8 bytes of a longer word; 0 for a short one
        std::uint32_t size;
    };

    static Key key_of(std::string_view w) {
        const auto size = static_cast<std::uint32_t>(w.size());
        const auto shown = std::min<std::uint32_t>(size, 8);
        // Shifting twice keeps the shift under 64 when the word has 8 bytes.
        const auto head_mask = (~std::uint64_t{0} >> (32 - 4 * shown)) >> (32 - 4 * shown);
        // A short word reads its own first bytes again, then drops them.
        const auto tail_mask = std::uint64_t{0} - std::uint64_t{size > 8};
        const auto tail = load_word(w.data() + (size - shown)) & tail_mask;
        return {load_word(w.data()) & head_mask, tail, size};
    }
    static std::uint64_t hash_of(const Key& key) {
        // splitmix64's finalizer
        auto h = (key.head ^ std::rotl(key.tail, 29) ^ key.size) * 0xbf58476d1ce4e5b9;
        h = (h ^ (h >> 27)) * 0x94d049bb133111eb;
        return h ^ (h >> 31);
    }
    bool same(const Slot& a, const Key& b, std::string_view w) const {
        return a.head == b.head && a.size == b.size &&
               (w.size() <= 8 || words_[a.number - 1].substr(8) == w.substr(8));
    }
    void place(const Slot& slot, std::uint64_t hash) {
        const auto mask = table_.size() - 1;
        auto i = hash & mask;
        while (table_[i].number) i = (i + 1) & mask;
        table_[i] = slot;
    }
    void grow() {
        std::vector<Slot> old(table_.size() * 2);
        old.swap(table_);
        for (const auto& slot : old)
            if (slot.number) place(slot, hash_of(key_of(words_[slot.number - 1])));
    }

    std::vector<Slot> table_;
    std::vector<std::string_view> words_;
};

// The distinct words of text already folded but the stop words, in the order
// they first appear, as views into it (which gains 8 bytes of padding).
std::vector<std::string_view> distinct_words(std::string& folded) {
    const auto size = folded.size();
    folded.append(8, '\0');  // words are read 8 bytes at a time
    const auto& stop = search_stop_words();
    // The stop words go in first, as if already seen, each padded too.
    std::string padded_stop;
    for (const auto w : stop) padded_stop.append(w).append(8, '\0');
    WordSet seen(size / 16 + stop.size());
    for (std::size_t at = 0; const auto w : stop) {
        seen.add(std::string_view(padded_stop).substr(at, w.size()));
        at += w.size() + 8;
    }
    for_each_word(std::string_view(folded).substr(0, size),
                  [&](std::string_view w) { seen.add(w); });
    return {seen.words().begin() + static_cast<std::ptrdiff_t>(stop.size()), seen.words().end()};
}

// Collects the text of one entry, then folds it into its word list.
class EntryBuilder {
  public:
    EntryBuilder(SearchKind kind, std::string title, std::string url, std::string_view snippet)
        : entry_{kind, std::move(title), std::move(url), shorten(snippet, kSnippetBytes), {}} {
        add(entry_.title);
    }
    EntryBuilder& add(std::string_view text) {
        text_ += text;
        text_ += '\n';
        return *this;
    }
    EntryBuilder& add_markdown(std::string_view markdown) {
        return add_markdown(ParsedMarkdown(markdown));
    }
    EntryBuilder& add_markdown(const ParsedMarkdown& markdown) {
        markdown.append_text(text_);
        text_ += '\n';
        return *this;
    }

    SearchEntry finish() && {
        auto folded = fold_for_search(text_);
        // The index files every word under this entry whatever their order,
        // so they are not sorted: that took as long as finding them.
        const auto words = distinct_words(folded);
        entry_.words.assign(words.begin(), words.end());
        return std::move(entry_);
    }

  private:
    SearchEntry entry_;
    std::string text_;
};

template <class Refs>
void add_names(EntryBuilder& b, const Refs& refs, const std::vector<VocabularyEntry>& list,
               const IdMap& ids) {
    for (const auto& r : refs)
        if (auto i = ids.find(r.id)) b.add(list[*i].name);
}

SearchEntry country_entry(const SiteContext& ctx, const Country& c) {
    const auto& v = ctx.content().vocabulary;
    EntryBuilder b(SearchKind::country, c.name, ctx.urls.path(site_paths::country(c.origin.id)),
                   c.summary);
    b.add(c.code).add(c.summary).add_markdown(c.body);
    add_names(b, std::vector<Ref>{c.region}, v.regions, ctx.index().regions);
    for (const auto& e : c.efforts) {
        b.add(e.title).add_markdown(e.description);
        add_names(b, std::vector<Ref>{e.category}, v.effort_categories,
                  ctx.index().effort_categories);
        add_names(b, e.themes, v.themes, ctx.index().themes);
    }
    for (const auto& s : c.statistics) b.add(s.label);
    return std::move(b).finish();
}

SearchEntry case_study_entry(const SiteContext& ctx, const CaseStudy& c, const ParsedMarkdown& body,
                             const ParsedMarkdown* findings) {
    const auto& v = ctx.content().vocabulary;
    EntryBuilder b(SearchKind::case_study, c.title,
                   ctx.urls.path(site_paths::case_study(c.origin.id)), c.summary);
    b.add(c.summary).add_markdown(body).add(party_name(ctx, c.submitted_by)).add(c.scope);
    if (c.evaluation && findings) b.add(c.evaluation->method).add_markdown(*findings);
    for (const auto& r : c.countries)
        if (auto i = ctx.index().countries.find(r.id)) b.add(ctx.content().countries[*i].name);
    for (const auto& r : c.partners)
        if (auto i = ctx.index().partners.find(r.id)) b.add(ctx.content().partners[*i].name);
    add_names(b, c.themes, v.themes, ctx.index().themes);
    add_names(b, c.audiences, v.audiences, ctx.index().audiences);
    add_names(b, c.regions, v.regions, ctx.index().regions);
    return std::move(b).finish();
}

SearchEntry meeting_entry(const SiteContext& ctx, const Meeting& m) {
    std::string snippet = m.date.human();
    if (!m.venue.empty()) snippet += ", " + m.venue;
    if (!m.summary.empty()) snippet += ". " + m.summary;
    EntryBuilder b(SearchKind::meeting, meeting_title(m),
                   ctx.urls.path(site_paths::meeting(m.origin.id)), snippet);
    b.add(snippet).add(m.chair).add(m.opened_by).add_markdown(m.body);
    for (const auto& o : m.outcomes) b.add_markdown(o);
    for (const auto& d : m.documents) b.add(d.symbol).add(d.title);
    for (const auto& c : m.contributions)
        b.add(c.title).add(c.presenter).add(party_name(ctx, c.by)).add_markdown(c.summary);
    return std::move(b).finish();
}

SearchEntry guideline_entry(const SiteContext& ctx, const Guideline& g) {
    EntryBuilder b(SearchKind::guidelines, g.title,
                   ctx.urls.path(site_paths::guideline(g.origin.id)), g.summary);
    b.add(g.summary).add_markdown(g.body);
    return std::move(b).finish();
}

SearchEntry partner_entry(const SiteContext& ctx, const Partner& p) {
    EntryBuilder b(SearchKind::partner, p.name, ctx.urls.path(site_paths::partner(p.origin.id)),
                   p.summary);
    b.add(p.summary).add_markdown(p.body);
    add_names(b, std::vector<Ref>{p.kind}, ctx.content().vocabulary.partner_kinds,
              ctx.index().partner_kinds);
    return std::move(b).finish();
}

}  // namespace

std::vector<SearchDoc> search_documents(const SiteContext& ctx) {
    const auto& c = ctx.content();
    std::vector<SearchDoc> out;
    std::vector<std::size_t> by_name(c.countries.size());
    for (std::size_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
    std::stable_sort(by_name.begin(), by_name.end(), [&](std::size_t a, std::size_t b) {
        return fold_for_search(c.countries[a].name) < fold_for_search(c.countries[b].name);
    });
    for (auto i : by_name) out.push_back({SearchKind::country, i});
    for (auto i : ctx.case_studies_newest_first) out.push_back({SearchKind::case_study, i});
    for (auto i : ctx.meetings_newest_first) out.push_back({SearchKind::meeting, i});
    for (std::size_t i = 0; i < c.guidelines.size(); ++i)
        out.push_back({SearchKind::guidelines, i});
    for (std::size_t i = 0; i < c.partners.size(); ++i) out.push_back({SearchKind::partner, i});
    return out;
}

SearchEntry search_entry(const SiteContext& ctx, SearchDoc doc) {
    const auto& c = ctx.content();
    switch (doc.kind) {
        case SearchKind::country:
            return country_entry(ctx, c.countries[doc.index]);
        case SearchKind::case_study: {
            const auto& study = c.case_studies[doc.index];
            const ParsedMarkdown body(case_study_body(ctx, study));
            const auto findings = study.evaluation
                                      ? std::optional<ParsedMarkdown>(study.evaluation->findings)
                                      : std::nullopt;
            return case_study_entry(ctx, study, body, findings ? &*findings : nullptr);
        }
        case SearchKind::meeting:
            return meeting_entry(ctx, c.meetings[doc.index]);
        case SearchKind::guidelines:
            return guideline_entry(ctx, c.guidelines[doc.index]);
        case SearchKind::partner:
            return partner_entry(ctx, c.partners[doc.index]);
    }
    throw std::logic_error("unknown search kind");
}

SearchEntry case_study_search_entry(const SiteContext& ctx, std::size_t index,
                                    const ParsedMarkdown& body, const ParsedMarkdown* findings) {
    return case_study_entry(ctx, ctx.content().case_studies[index], body, findings);
}

std::vector<SearchEntry> search_entries(const SiteContext& ctx, unsigned threads) {
    const auto docs = search_documents(ctx);
    std::vector<SearchEntry> out(docs.size());
    parallel_for(docs.size(), threads, [&](std::size_t i) { out[i] = search_entry(ctx, docs[i]); });
    return out;
}

}  // namespace copsite
