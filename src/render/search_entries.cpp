#include "render/search_entries.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <stdexcept>

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

}  // namespace

namespace {

// The words of text already folded, as views into it; may repeat.
std::vector<std::string_view> folded_words(std::string_view folded) {
    std::vector<std::string_view> out;
    out.reserve(folded.size() / 6);
    const auto npos = std::string_view::npos;
    std::size_t start = npos;  // where the word being read begins
    for (std::size_t i = 0; i < folded.size();) {
        const auto c = static_cast<unsigned char>(folded[i]);
        // Nearly every byte is ASCII: no need to decode those.
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (c < 0x80 ? is_word_char(c) : is_word_char(code_point(folded.substr(i, len)))) {
            if (start == npos) start = i;
        } else if (start != npos) {
            out.push_back(folded.substr(start, i - start));
            start = npos;
        }
        i += len;
    }
    if (start != npos) out.push_back(folded.substr(start));
    return out;
}

}  // namespace

std::vector<std::string> split_search_words(std::string_view text) {
    const auto folded = fold_for_search(text);
    const auto words = folded_words(folded);
    return {words.begin(), words.end()};
}

namespace {

// FNV-1a: words are short, and a page has about a thousand of them.
std::size_t word_hash(std::string_view w) {
    std::uint64_t h = 0xcbf29ce484222325;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

// The distinct words but the stop words, in the order they first appear,
// through a hash table (a page has about ten times as many words as
// distinct ones); the stop words go in first, as if already seen. The table
// holds numbers, not views, so there is less of it to clear for every page.
std::vector<std::string_view> unique_words(const std::vector<std::string_view>& words) {
    const auto& stop = search_stop_words();
    // Word k of the stop words, then of `words`.
    const auto word = [&](std::uint32_t k) {
        return k < stop.size() ? stop[k] : words[k - stop.size()];
    };
    std::size_t size = 64;
    while (size < 2 * (words.size() + stop.size())) size *= 2;
    std::vector<std::uint32_t> table(size);  // open addressing: word number + 1, 0 = free
    // Whether word k was new, marking it seen.
    const auto first_time = [&](std::uint32_t k) {
        const auto w = word(k);
        for (auto slot = word_hash(w) & (size - 1);; slot = (slot + 1) & (size - 1)) {
            if (table[slot] == 0) {
                table[slot] = k + 1;
                return true;
            }
            if (word(table[slot] - 1) == w) return false;
        }
    };
    std::vector<std::string_view> out;
    for (std::uint32_t k = 0; k < stop.size() + words.size(); ++k)
        if (first_time(k) && k >= stop.size()) out.push_back(word(k));
    return out;
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
        const auto folded = fold_for_search(text_);
        // The index files every word under this entry whatever their order,
        // so they are not sorted: that took as long as finding them.
        const auto words = unique_words(folded_words(folded));
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
