#pragma once

#include <cstddef>
#include <string>

#include "render/site_context.h"
#include "render/templates.h"

// Long lists are split into pages of ctx.case_studies_per_page items, so no
// page grows with the repository: a theme with 3,000 case studies is 30 light
// pages a cheap phone can open, not one page of several megabytes. Page 1
// keeps the list's own address; page k is at "<address>page/k/".
namespace copsite {

// How many pages a list of `items` takes; at least 1.
std::size_t page_count(const SiteContext& ctx, std::size_t items);

// "themes/grooming/", 3 -> "themes/grooming/page/3/"; page 1 is the address itself.
std::string paged_path(const std::string& site_path, std::size_t page);

// "Grooming", 3 -> "Grooming, page 3"; page 1 is the title itself.
std::string paged_title(const std::string& title, std::size_t page);

// The items [first, last) of the whole list that one page shows.
struct PageSlice {
    std::size_t first = 0, last = 0;
};

// The pagination links' names: the <nav>'s label, then the two links'.
struct PageLabels {
    std::string navigation, previous, next;
};

// What the pagination partial reads, set on `view` for page `page` of a list
// of `items` whose first page is at `site_path`: paginated, first_page,
// first_item, last_item, and a `pager` object with the label, page, pages,
// has_previous/previous_url/previous_label and has_next/next_url/next_label.
// Returns the page's slice.
PageSlice set_page(View& view, const SiteContext& ctx, std::size_t items, std::size_t page,
                   const std::string& site_path, const PageLabels& labels);

}  // namespace copsite
