#include "check/check_ids.h"

#include <unordered_map>

namespace copsite {

namespace {

template <class T>
void check_kind(const std::vector<T>& items, const char* page_dir, Diagnostics& diagnostics) {
    std::unordered_map<std::string, const Origin*> seen;
    for (const auto& item : items) {
        auto [it, fresh] = seen.emplace(item.origin.id, &item.origin);
        if (fresh) continue;
        diagnostics.error(item.origin.file, {}, "duplicate-page",
                          "this file and " + it->second->file + " would both be published at /" +
                              page_dir + "/" + item.origin.id + "/",
                          "rename one of the two files: the file name is the page's address");
    }
}

}  // namespace

void check_unique_ids(const Content& c, Diagnostics& diagnostics) {
    check_kind(c.countries, "countries", diagnostics);
    check_kind(c.case_studies, "case-studies", diagnostics);
    check_kind(c.meetings, "meetings", diagnostics);
    check_kind(c.guidelines, "guidelines", diagnostics);
    check_kind(c.partners, "partners", diagnostics);
}

}  // namespace copsite
