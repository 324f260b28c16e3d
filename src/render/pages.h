#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "render/markdown.h"
#include "render/search_entries.h"
#include "render/site_context.h"
#include "render/templates.h"

// The list of pages a site has, as data, and the view of each one. Building a
// view is pure: it reads the context and returns values.
namespace copsite {

enum class PageKind {
    home,
    about,
    coverage,
    not_found,
    search,
    countries,
    country,
    case_studies,
    case_study,
    case_study_filter,
    meetings,
    meeting,
    guidelines,
    guideline,
    partners,
    partner,
    themes,
    theme,
    regions,
    region,
};

struct PageJob {
    PageKind kind;
    std::size_t index;      // the item the page is about
    std::string site_path;  // "countries/pol/", "404.html"
    std::size_t page = 1;   // which page of the item's list (render/pagination.h)
};

// Every HTML page of the site, in a fixed order.
std::vector<PageJob> plan_pages(const SiteContext& ctx);

// The file a site path is written to: "countries/pol/" -> "countries/pol/index.html".
std::string output_file(const std::string& site_path);

struct Crumb {
    std::string title;
    std::string url;
};

// What the layout needs besides the page's own content.
struct PageMeta {
    std::string title;               // the <h1> and the start of <title>
    std::string description;         // meta description, og:description
    std::string section;             // the header entry to mark as current: "countries", …
    std::vector<Crumb> breadcrumbs;  // not counting the current page
    std::string og_type = "website";
    std::string json_ld;  // schema.org JSON; empty for none
};

struct PageView {
    std::string template_name;
    View body;
    PageMeta meta;
    // The case studies the page lists as cards, in order: the renderer puts
    // their cards (render/case_study_cards.h) in {{{case_study_cards}}}.
    std::vector<std::size_t> case_study_cards = {};
    // The page's entry in the search index, made with it (search_doc).
    std::optional<SearchEntry> search_entry = std::nullopt;
};

PageView view_page(const SiteContext& ctx, const PageJob& job);

// The search index document a job's page stands for, if any: the first page
// of a country, case study, meeting, guideline set or partner.
std::optional<SearchDoc> search_doc(const PageJob& job);

// One function per page kind (views_*.cpp).
PageView home_page(const SiteContext& ctx);
PageView about_page(const SiteContext& ctx);
PageView coverage_page(const SiteContext& ctx);
PageView not_found_page(const SiteContext& ctx);
PageView search_page(const SiteContext& ctx);
PageView countries_page(const SiteContext& ctx);
PageView country_page(const SiteContext& ctx, std::size_t i, std::size_t page = 1);
PageView case_studies_page(const SiteContext& ctx, std::size_t page_number);
// The body and the findings (null without an evaluation) come parsed, so
// that the search entry reads the same parse.
PageView case_study_page(const SiteContext& ctx, std::size_t i, ParsedMarkdown& body,
                         ParsedMarkdown* findings);
PageView case_study_filter_page(const SiteContext& ctx, std::size_t i, std::size_t page = 1);
PageView meetings_page(const SiteContext& ctx);
PageView meeting_page(const SiteContext& ctx, std::size_t i, std::size_t page = 1);
PageView guidelines_page(const SiteContext& ctx, std::size_t page = 1);
PageView guideline_page(const SiteContext& ctx, std::size_t i, std::size_t page = 1);
PageView partners_page(const SiteContext& ctx);
PageView partner_page(const SiteContext& ctx, std::size_t i, std::size_t page = 1);
PageView themes_page(const SiteContext& ctx);
PageView theme_page(const SiteContext& ctx, std::size_t i, std::size_t page = 1);
PageView regions_page(const SiteContext& ctx);
PageView region_page(const SiteContext& ctx, std::size_t i);

}  // namespace copsite
