#include <algorithm>

#include "core/text.h"
#include "load/load_entries.h"

namespace copsite {

namespace {

// Entries keep the order they are written in: authors list regions and
// themes in the order they want readers to see them.
std::vector<VocabularyEntry> load_list(TableReader& r, std::string_view key,
                                       std::string_view what) {
    std::vector<std::pair<SourcePos, VocabularyEntry>> entries;
    if (auto* t = r.table(key, Need::required)) {
        for (auto&& [id, node] : *t) {
            auto* entry = node.as_table();
            if (!entry) {
                r.file().error(pos_of(node), "wrong-type",
                               "each entry of [" + std::string(key) + "] must be a table",
                               "write [" + std::string(key) + "." + std::string(id.str()) +
                                   "] and name = \"…\" below it");
                continue;
            }
            if (!is_slug(id.str()))
                r.file().error(
                    pos_of(node), "bad-id",
                    "\"" + std::string(id.str()) + "\" is not a valid " + std::string(what) + " id",
                    "ids use lower-case letters, digits and single hyphens");
            TableReader er(*entry, r.file(), "a " + std::string(what));
            VocabularyEntry v{std::string(id.str()), er.text("name", Need::required),
                              er.text("summary", Need::optional)};
            er.finish();
            entries.emplace_back(pos_of(node), std::move(v));
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<VocabularyEntry> out;
    for (auto& e : entries) out.push_back(std::move(e.second));
    return out;
}

}  // namespace

Vocabulary load_vocabulary(toml::table& doc, SourceFile& file) {
    TableReader r(doc, file, "the vocabulary");
    Vocabulary v;
    v.regions = load_list(r, "regions", "region");
    v.themes = load_list(r, "themes", "theme");
    v.effort_categories = load_list(r, "effort_categories", "effort category");
    v.audiences = load_list(r, "audiences", "audience");
    v.partner_kinds = load_list(r, "partner_kinds", "partner kind");
    r.finish();
    return v;
}

}  // namespace copsite
