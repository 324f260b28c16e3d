#include "render/pagination.h"

#include <algorithm>

namespace copsite {

std::size_t page_count(const SiteContext& ctx, std::size_t items) {
    const auto per_page = std::max<std::size_t>(1, ctx.case_studies_per_page);
    return items == 0 ? 1 : (items + per_page - 1) / per_page;
}

std::string paged_path(const std::string& site_path, std::size_t page) {
    return page <= 1 ? site_path : site_path + "page/" + std::to_string(page) + "/";
}

std::string paged_title(const std::string& title, std::size_t page) {
    return page <= 1 ? title : title + ", page " + std::to_string(page);
}

PageSlice set_page(View& view, const SiteContext& ctx, std::size_t items, std::size_t page,
                   const std::string& site_path, const PageLabels& labels) {
    const auto pages = page_count(ctx, items);
    const auto per_page = std::max<std::size_t>(1, ctx.case_studies_per_page);
    const PageSlice slice{std::min(items, (page - 1) * per_page), std::min(items, page * per_page)};
    view["paginated"] = View(pages > 1);
    view["first_page"] = View(page <= 1);
    view["first_item"] = text_view(std::to_string(items == 0 ? 0 : slice.first + 1));
    view["last_item"] = text_view(std::to_string(slice.last));
    // The links live in their own object: a page may have its own "next".
    View pager;
    pager["label"] = View(labels.navigation);
    pager["page"] = text_view(std::to_string(page));
    pager["pages"] = text_view(std::to_string(pages));
    pager["has_previous"] = View(page > 1);
    pager["previous_url"] = text_view(ctx.urls.path(paged_path(site_path, page - 1)));
    pager["previous_label"] = View(labels.previous);
    pager["has_next"] = View(page < pages);
    pager["next_url"] = text_view(ctx.urls.path(paged_path(site_path, page + 1)));
    pager["next_label"] = View(labels.next);
    view["pager"] = std::move(pager);
    return slice;
}

}  // namespace copsite
