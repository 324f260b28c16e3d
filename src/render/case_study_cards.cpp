#include "render/case_study_cards.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include "core/parallel.h"
#include "render/templates.h"
#include "render/view_parts.h"

namespace copsite {

CaseStudyCards::CaseStudyCards(const SiteContext& ctx,
                               const std::map<std::string, std::string>& templates,
                               unsigned threads)
    : html_(ctx.content().case_studies.size()) {
    if (!templates.count("case_study_card")) {
        problems_.push_back("the theme has no case_study_card.mustache");
        return;
    }
    // Templates render through mutable state: one set per worker.
    std::vector<std::unique_ptr<TemplateSet>> sets(std::max(1u, threads));
    std::mutex mutex;
    parallel_for(html_.size(), threads, [&](std::size_t i, unsigned worker) {
        auto& set = sets[worker];
        if (!set) set = std::make_unique<TemplateSet>(templates);
        auto card = set->render("case_study_card", case_study_card(ctx, i));
        html_[i] = std::move(card.html);
        html_[i].shrink_to_fit();  // rendering reserves room for a whole page
        if (card.missing.empty()) return;
        std::lock_guard lock(mutex);
        for (auto& problem : theme_problems(*set, "case_study_card", card, "a card's view"))
            if (std::find(problems_.begin(), problems_.end(), problem) == problems_.end())
                problems_.push_back(std::move(problem));
    });
    std::sort(problems_.begin(), problems_.end());
}

std::string CaseStudyCards::join(const std::vector<std::size_t>& indices) const {
    std::size_t size = 0;
    for (auto i : indices) size += html_.at(i).size();
    std::string out;
    out.reserve(size);
    for (auto i : indices) out += html_[i];
    return out;
}

}  // namespace copsite
