#include "check/check_ids.h"

#include "core/text.h"

namespace copsite {

namespace {

// `key` gives the id as the map holds it.
template <class T, class Key>
void check_kind(const std::vector<T>& items, const IdMap& ids, const char* page_dir, Key&& key,
                Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto first = ids.find(key(items[i].origin.id));
        if (!first || *first == i) continue;
        const auto& item = items[i];
        diagnostics.error(item.origin.file, {}, "duplicate-page",
                          "this file and " + items[*first].origin.file +
                              " would both be published at /" + page_dir + "/" + item.origin.id +
                              "/",
                          "rename one of the two files: the file name is the page's address");
    }
}

}  // namespace

void check_unique_ids(const Content& c, const IdIndex& index, Diagnostics& diagnostics) {
    const auto same = [](const std::string& id) -> const std::string& { return id; };
    check_kind(c.countries, index.countries, "countries", &upper, diagnostics);
    check_kind(c.case_studies, index.case_studies, "case-studies", same, diagnostics);
    check_kind(c.meetings, index.meetings, "meetings", same, diagnostics);
    check_kind(c.guidelines, index.guidelines, "guidelines", same, diagnostics);
    check_kind(c.partners, index.partners, "partners", same, diagnostics);
}

}  // namespace copsite
