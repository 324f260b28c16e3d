#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"

// id -> position in its Content list, for each kind of thing a Ref can name.
namespace copsite {

class IdMap {
  public:
    void add(std::string id, std::size_t index);
    std::optional<std::size_t> find(std::string_view id) const;
    const std::vector<std::string>& ids() const { return ids_; }

  private:
    // Each id is kept once, in ids_, and found through an open-addressing
    // table of positions in it: pages look up every reference they show, and
    // a hash map's node and second copy per id made indexing 10,000 case
    // studies 12 ms of one thread, with the other idle.
    std::optional<std::size_t> position(std::string_view id, std::size_t hash) const;
    void place(std::size_t position, std::size_t hash);

    std::vector<std::string> ids_;      // in the order added
    std::vector<std::size_t> indices_;  // the index added with each id
    std::vector<std::uint32_t> slots_;  // a position in ids_ plus one; 0: free
};

struct IdIndex {
    IdMap countries;  // by upper-case code, as references write it
    IdMap case_studies, meetings, guidelines, partners;
    IdMap regions, themes, effort_categories, audiences, partner_kinds;
};

IdIndex index_ids(const Content& content);

}  // namespace copsite
