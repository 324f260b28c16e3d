#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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
    // Looked up by string_view without making a string: pages look up every
    // reference they show.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> map_;
    std::vector<std::string> ids_;
};

struct IdIndex {
    IdMap countries;  // by upper-case code, as references write it
    IdMap case_studies, meetings, guidelines, partners;
    IdMap regions, themes, effort_categories, audiences, partner_kinds;
};

IdIndex index_ids(const Content& content);

}  // namespace copsite
