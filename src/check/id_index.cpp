#include "check/id_index.h"

#include "core/text.h"

namespace copsite {

void IdMap::add(std::string id, std::size_t index) {
    if (map_.emplace(id, index).second) ids_.push_back(std::move(id));
}

std::optional<std::size_t> IdMap::find(std::string_view id) const {
    auto it = map_.find(id);
    if (it == map_.end()) return std::nullopt;
    return it->second;
}

namespace {

template <class T>
IdMap map_origins(const std::vector<T>& items) {
    IdMap m;
    for (std::size_t i = 0; i < items.size(); ++i) m.add(items[i].origin.id, i);
    return m;
}

IdMap map_entries(const std::vector<VocabularyEntry>& entries) {
    IdMap m;
    for (std::size_t i = 0; i < entries.size(); ++i) m.add(entries[i].id, i);
    return m;
}

}  // namespace

IdIndex index_ids(const Content& c) {
    IdIndex x;
    for (std::size_t i = 0; i < c.countries.size(); ++i)
        x.countries.add(upper(c.countries[i].origin.id), i);
    x.case_studies = map_origins(c.case_studies);
    x.meetings = map_origins(c.meetings);
    x.guidelines = map_origins(c.guidelines);
    x.partners = map_origins(c.partners);
    x.regions = map_entries(c.vocabulary.regions);
    x.themes = map_entries(c.vocabulary.themes);
    x.effort_categories = map_entries(c.vocabulary.effort_categories);
    x.audiences = map_entries(c.vocabulary.audiences);
    x.partner_kinds = map_entries(c.vocabulary.partner_kinds);
    return x;
}

}  // namespace copsite
