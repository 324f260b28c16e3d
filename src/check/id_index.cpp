#include "check/id_index.h"

#include <algorithm>
#include <bit>
#include <functional>

#include "core/text.h"

namespace copsite {

namespace {

std::size_t hash_of(std::string_view id) {
    return std::hash<std::string_view>{}(id);
}

}  // namespace

void IdMap::add(std::string id, std::size_t index) {
    const auto hash = hash_of(id);
    if (position(id, hash)) return;  // the first one stands
    ids_.push_back(std::move(id));
    indices_.push_back(index);
    // At most half full, so that a probe soon meets a free slot.
    if (2 * ids_.size() > slots_.size()) {
        slots_.assign(std::bit_ceil(std::max<std::size_t>(16, 4 * ids_.size())), 0);
        for (std::size_t p = 0; p < ids_.size(); ++p) place(p, hash_of(ids_[p]));
    } else {
        place(ids_.size() - 1, hash);
    }
}

std::optional<std::size_t> IdMap::find(std::string_view id) const {
    const auto p = position(id, hash_of(id));
    if (!p) return std::nullopt;
    return indices_[*p];
}

std::optional<std::size_t> IdMap::position(std::string_view id, std::size_t hash) const {
    if (slots_.empty()) return std::nullopt;
    const auto mask = slots_.size() - 1;
    for (auto s = hash & mask; slots_[s]; s = (s + 1) & mask)
        if (ids_[slots_[s] - 1] == id) return slots_[s] - 1;
    return std::nullopt;
}

void IdMap::place(std::size_t position, std::size_t hash) {
    const auto mask = slots_.size() - 1;
    auto s = hash & mask;
    while (slots_[s]) s = (s + 1) & mask;
    slots_[s] = static_cast<std::uint32_t>(position + 1);
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
