#include "core/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace copsite {

void Diagnostics::error(std::string file, SourcePos pos, std::string rule, std::string message,
                        std::string hint) {
    items_.push_back({std::move(file), pos, std::move(rule), std::move(message), std::move(hint)});
}

void Diagnostics::append(Diagnostics other) {
    items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                  std::make_move_iterator(other.items_.end()));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    auto out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.pos, a.message) < std::tie(b.file, b.pos, b.message);
    });
    return out;
}

}  // namespace copsite
