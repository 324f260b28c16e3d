#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "render/site_context.h"

namespace copsite {

// Every case study's card (case_study_card.mustache), rendered once per
// build. A case study is listed on a dozen pages (its themes, guideline sets,
// countries, meetings, partners and filters); making and rendering its card
// on each of them was a tenth of the build.
class CaseStudyCards {
  public:
    // templates: the theme's sources, as for TemplateSet.
    CaseStudyCards(const SiteContext& ctx, const std::map<std::string, std::string>& templates,
                   unsigned threads);

    // The cards of the case studies `indices`, in that order, one after another.
    std::string join(const std::vector<std::size_t>& indices) const;

    // What is wrong with the theme's card template, if anything: a name it
    // uses that a card's view does not provide, or no such template (theme
    // bugs, reported by the caller).
    const std::vector<std::string>& problems() const { return problems_; }

  private:
    std::vector<std::string> html_;
    std::vector<std::string> problems_;
};

}  // namespace copsite
