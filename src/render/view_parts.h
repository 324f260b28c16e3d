#pragma once

#include <string>
#include <vector>

#include "render/site_context.h"
#include "render/templates.h"

// Pieces shared by the page views. Mustache is logic-less, so every list
// comes with a has_<name> flag and every name is set, even when empty.
namespace copsite {

View link(std::string title, std::string url);
// Sets `key` to the list and `has_<key>` to whether it is non-empty.
void set_list(View& view, const std::string& key, ViewList items);
void set_text(View& view, const std::string& key, std::string text);  // + has_<key>
View date_view(const Date& d);                                        // {iso, human}

// A case study as a card in a list: title, url, summary, date, submitter
// (rendered once per build: render/case_study_cards.h).
View case_study_card(const SiteContext& ctx, std::size_t index);
// One page of a list of case studies whose first page is at `site_path`:
// sets the pagination fields (render/pagination.h) and has_case_studies, and
// returns the case studies to show as cards, newest first
// (PageView::case_study_cards).
std::vector<std::size_t> set_case_study_page(View& view, const SiteContext& ctx,
                                             const std::vector<std::size_t>& cases,
                                             std::size_t page, const std::string& site_path);

// Links to what a list of references names (ids are known to resolve).
ViewList country_links(const SiteContext& ctx, const std::vector<Ref>& refs);
ViewList partner_links(const SiteContext& ctx, const std::vector<Ref>& refs);
ViewList meeting_links(const SiteContext& ctx, const std::vector<Ref>& refs);
ViewList guideline_links(const SiteContext& ctx, const std::vector<Ref>& refs);
ViewList theme_links(const SiteContext& ctx, const std::vector<Ref>& refs);
ViewList region_links(const SiteContext& ctx, const std::vector<Ref>& refs);
ViewList audience_names(const SiteContext& ctx, const std::vector<Ref>& refs);
ViewList web_links(const std::vector<Link>& links);

// Who submitted or presented something, as a link.
View party_link(const SiteContext& ctx, const Party& party);
std::string party_name(const SiteContext& ctx, const Party& party);

const VocabularyEntry& vocabulary_entry(const std::vector<VocabularyEntry>& list, const IdMap& ids,
                                        const Ref& ref);

// An effort shown outside its country's page: "Poland: Title".
View effort_mention(const SiteContext& ctx, std::size_t country, std::size_t effort);

// Contributions a country or partner presented, each a link to its meeting.
ViewList contribution_links(const SiteContext& ctx, const std::vector<ContributionAt>& at);

}  // namespace copsite
