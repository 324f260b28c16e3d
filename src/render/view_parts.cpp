#include "render/view_parts.h"

#include <algorithm>

#include "render/pagination.h"

namespace copsite {

View link(std::string title, std::string url) {
    View v;
    v["title"] = text_view(std::move(title));
    v["url"] = text_view(std::move(url));
    return v;
}

void set_list(View& view, const std::string& key, ViewList items) {
    view["has_" + key] = View(!items.empty());
    view[key] = list_view(std::move(items));
}

void set_text(View& view, const std::string& key, std::string text) {
    view["has_" + key] = View(!text.empty());
    view[key] = text_view(std::move(text));
}

View date_view(const Date& d) {
    View v;
    v["iso"] = text_view(d.iso());
    v["human"] = text_view(d.human());
    return v;
}

View case_study_card(const SiteContext& ctx, std::size_t index) {
    const auto& c = ctx.content().case_studies[index];
    View v = link(c.title, ctx.urls.path(site_paths::case_study(c.origin.id)));
    v["summary"] = View(c.summary);
    v["date"] = date_view(c.published);
    v["by"] = text_view(party_name(ctx, c.submitted_by));
    return v;
}

namespace {

// The case studies at [first, last) of `indices` ordered newest first. Only
// those need ordering: find where they start, then order them; linear in the
// list, not in the list times its pages. Lists already newest first (the
// index, the filter pages) are only sliced.
std::vector<std::size_t> newest_slice(const SiteContext& ctx,
                                      const std::vector<std::size_t>& indices, std::size_t first,
                                      std::size_t last) {
    const auto newer = [&](std::size_t a, std::size_t b) {
        return ctx.case_study_rank[a] < ctx.case_study_rank[b];
    };
    const auto at = [](auto& v, std::size_t k) {
        return v.begin() + static_cast<std::ptrdiff_t>(k);
    };
    if (std::is_sorted(indices.begin(), indices.end(), newer))
        return {at(indices, first), at(indices, last)};
    auto order = indices;
    std::nth_element(order.begin(), at(order, first), order.end(), newer);
    std::partial_sort(at(order, first), at(order, last), order.end(), newer);
    return {at(order, first), at(order, last)};
}

}  // namespace

std::vector<std::size_t> set_case_study_page(View& view, const SiteContext& ctx,
                                             const std::vector<std::size_t>& cases,
                                             std::size_t page, const std::string& site_path) {
    const auto slice =
        set_page(view, ctx, cases.size(), page, site_path,
                 {"Pages of case studies", "Newer case studies", "Older case studies"});
    view["has_case_studies"] = View(slice.first < slice.last);
    return newest_slice(ctx, cases, slice.first, slice.last);
}

namespace {

template <class Name>
ViewList links_for(const std::vector<Ref>& refs, const IdMap& ids, Name&& name_and_path) {
    ViewList out;
    out.reserve(refs.size());  // View's move is not noexcept: growing would copy
    for (const auto& r : refs)
        if (auto i = ids.find(r.id)) {
            auto [title, url] = name_and_path(*i);
            out.push_back(link(std::move(title), std::move(url)));
        }
    return out;
}

}  // namespace

ViewList country_links(const SiteContext& ctx, const std::vector<Ref>& refs) {
    return links_for(refs, ctx.index().countries, [&](std::size_t i) {
        const auto& c = ctx.content().countries[i];
        return std::pair{c.name, ctx.urls.path(site_paths::country(c.origin.id))};
    });
}

ViewList partner_links(const SiteContext& ctx, const std::vector<Ref>& refs) {
    return links_for(refs, ctx.index().partners, [&](std::size_t i) {
        const auto& p = ctx.content().partners[i];
        return std::pair{p.name, ctx.urls.path(site_paths::partner(p.origin.id))};
    });
}

ViewList meeting_links(const SiteContext& ctx, const std::vector<Ref>& refs) {
    return links_for(refs, ctx.index().meetings, [&](std::size_t i) {
        const auto& m = ctx.content().meetings[i];
        return std::pair{meeting_title(m) + " (" + m.date.human() + ")",
                         ctx.urls.path(site_paths::meeting(m.origin.id))};
    });
}

ViewList guideline_links(const SiteContext& ctx, const std::vector<Ref>& refs) {
    return links_for(refs, ctx.index().guidelines, [&](std::size_t i) {
        const auto& g = ctx.content().guidelines[i];
        return std::pair{g.title, ctx.urls.path(site_paths::guideline(g.origin.id))};
    });
}

ViewList theme_links(const SiteContext& ctx, const std::vector<Ref>& refs) {
    return links_for(refs, ctx.index().themes, [&](std::size_t i) {
        const auto& t = ctx.content().vocabulary.themes[i];
        return std::pair{t.name, ctx.urls.path(site_paths::theme(t.id))};
    });
}

ViewList region_links(const SiteContext& ctx, const std::vector<Ref>& refs) {
    return links_for(refs, ctx.index().regions, [&](std::size_t i) {
        const auto& r = ctx.content().vocabulary.regions[i];
        return std::pair{r.name, ctx.urls.path(site_paths::region(r.id))};
    });
}

ViewList audience_names(const SiteContext& ctx, const std::vector<Ref>& refs) {
    ViewList out;
    out.reserve(refs.size());
    for (const auto& r : refs)
        if (auto i = ctx.index().audiences.find(r.id)) {
            View v;
            v["name"] = View(ctx.content().vocabulary.audiences[*i].name);
            out.push_back(std::move(v));
        }
    return out;
}

ViewList web_links(const std::vector<Link>& links) {
    ViewList out;
    out.reserve(links.size());
    for (const auto& l : links) out.push_back(link(l.title, l.url));
    return out;
}

std::string party_name(const SiteContext& ctx, const Party& party) {
    if (party.kind == Party::Kind::country) {
        if (auto i = ctx.index().countries.find(party.ref.id))
            return ctx.content().countries[*i].name;
    } else if (auto i = ctx.index().partners.find(party.ref.id)) {
        return ctx.content().partners[*i].name;
    }
    return party.ref.id;
}

View party_link(const SiteContext& ctx, const Party& party) {
    std::string url;
    if (party.kind == Party::Kind::country)
        url = ctx.urls.path(site_paths::country(party.ref.id));
    else
        url = ctx.urls.path(site_paths::partner(party.ref.id));
    View v = link(party_name(ctx, party), std::move(url));
    v["is_country"] = View(party.kind == Party::Kind::country);
    return v;
}

const VocabularyEntry& vocabulary_entry(const std::vector<VocabularyEntry>& list, const IdMap& ids,
                                        const Ref& ref) {
    return list.at(ids.find(ref.id).value());
}

View effort_mention(const SiteContext& ctx, std::size_t country, std::size_t effort) {
    const auto& c = ctx.content().countries[country];
    const auto& e = c.efforts[effort];
    View v = link(e.title, ctx.urls.path(site_paths::country(c.origin.id)) + "#effort-" +
                               std::to_string(effort + 1));
    v["country"] = link(c.name, ctx.urls.path(site_paths::country(c.origin.id)));
    v["year"] = View(e.year ? std::to_string(*e.year) : std::string());
    v["has_year"] = View(e.year.has_value());
    return v;
}

ViewList contribution_links(const SiteContext& ctx, const std::vector<ContributionAt>& at) {
    ViewList out;
    out.reserve(at.size());
    for (const auto& a : at) {
        const auto& m = ctx.content().meetings[a.meeting];
        View item = link(m.contributions[a.contribution].title,
                         ctx.urls.path(site_paths::meeting(m.origin.id)));
        item["meeting"] = text_view(meeting_title(m));
        item["date"] = date_view(m.date);
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace copsite
