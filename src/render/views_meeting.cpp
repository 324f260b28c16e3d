#include "core/text.h"
#include "render/json_ld.h"
#include "render/markdown.h"
#include "render/pages.h"
#include "render/pagination.h"
#include "render/timeline_svg.h"
#include "render/view_parts.h"

namespace copsite {

namespace {

std::string attendance_mode(const std::string& format) {
    if (format == "in-person") return "https://schema.org/OfflineEventAttendanceMode";
    if (format == "virtual") return "https://schema.org/OnlineEventAttendanceMode";
    if (format == "hybrid") return "https://schema.org/MixedEventAttendanceMode";
    return {};
}

std::string meeting_json_ld(const SiteContext& ctx, const Meeting& m) {
    auto event = schema("Event");
    event.text("name", meeting_title(m))
        .text("description", m.summary)
        .text("startDate", m.date.iso())
        .text("endDate", m.date.iso())
        .text("eventStatus", "https://schema.org/EventScheduled")
        .text("eventAttendanceMode", attendance_mode(m.format))
        .text("url", ctx.urls.absolute(site_paths::meeting(m.origin.id)));
    // Only what the records say: no venue is guessed for a meeting they do not place.
    if (m.format == "virtual")
        event.object("location",
                     schema("VirtualLocation")
                         .text("url", ctx.urls.absolute(site_paths::meeting(m.origin.id))));
    else if (!m.venue.empty())
        event.object("location", schema("Place").text("name", m.venue));
    event.object("organizer", schema("Organization")
                                  .text("name", "International Telecommunication Union")
                                  .text("url", "https://www.itu.int/"));
    return event.str();
}

const char* format_label(const std::string& format) {
    if (format == "in-person") return "In person";
    if (format == "hybrid") return "In person and online";
    if (format == "virtual") return "Online";
    return "";
}

// "more than 150", or "about 70" (the records give approximate numbers).
std::string participants_text(const Meeting& m) {
    if (!m.participants_note.empty()) return m.participants_note;
    return m.participants ? "about " + std::to_string(*m.participants) : "";
}

// The recorded figure, else the listed contributions; none when the records
// neither count nor list them (which is not the same as none presented).
std::optional<int> contribution_total(const Meeting& m) {
    if (m.contribution_count) return m.contribution_count;
    if (!m.contributions.empty()) return static_cast<int>(m.contributions.size());
    return std::nullopt;
}

// The meetings list's meta line: "18 contributions", "contributions not recorded".
std::string contributions_text(const Meeting& m) {
    const auto total = contribution_total(m);
    return total ? counted(*total, "contribution", "contributions") : "contributions not recorded";
}

// The meeting page's fact: how many, and whether the page lists them.
std::string contributions_fact(const Meeting& m) {
    const auto total = contribution_total(m);
    const auto listed = m.contributions.size();
    if (!total) return "Not recorded";
    if (listed == 0) return std::to_string(*total) + ", as recorded (not listed one by one)";
    if (static_cast<std::size_t>(*total) > listed)
        return std::to_string(*total) + ", of which " + std::to_string(listed) +
               (listed == 1 ? " is" : " are") + " listed below";
    return std::to_string(*total) + ", listed below";
}

View contribution_view(const SiteContext& ctx, const Contribution& k) {
    View v;
    v["title"] = View(k.title);
    v["by"] = party_link(ctx, k.by);
    set_text(v, "presenter", k.presenter);
    set_text(v, "summary_html", render_markdown(k.summary, 3));
    return v;
}

}  // namespace

PageView meeting_page(const SiteContext& ctx, std::size_t i, std::size_t page) {
    const auto& meetings = ctx.content().meetings;
    const auto& m = meetings[i];
    const auto& b = ctx.backlinks();
    View view;
    view["title"] = text_view(meeting_title(m));
    view["number"] = text_view(std::to_string(m.number));
    view["date"] = date_view(m.date);
    set_text(view, "venue", m.venue);
    set_text(view, "format", format_label(m.format));
    set_text(view, "chair", m.chair);
    view["has_chair_country"] = View(m.chair_country.has_value());
    view["chair_country"] =
        m.chair_country ? View(country_links(ctx, {*m.chair_country}).front()) : link("", "");
    set_text(view, "opened_by", m.opened_by);
    set_text(view, "participants", participants_text(m));
    view["contribution_total"] = View(contributions_fact(m));
    view["summary"] = View(m.summary);
    set_text(view, "body_html", render_markdown(m.body, 3));
    ViewList outcomes;
    outcomes.reserve(m.outcomes.size());
    for (const auto& o : m.outcomes) {
        View item;
        item["html"] = View(render_markdown(o, 3));
        outcomes.push_back(std::move(item));
    }
    set_list(view, "outcomes", std::move(outcomes));
    ViewList documents;
    documents.reserve(m.documents.size());
    for (const auto& d : m.documents) {
        View item = link(d.title, d.url);
        set_text(item, "symbol", d.symbol);
        item["has_url"] = View(!d.url.empty());
        documents.push_back(std::move(item));
    }
    set_list(view, "documents", std::move(documents));
    ViewList contributions;
    contributions.reserve(m.contributions.size());
    for (const auto& k : m.contributions) contributions.push_back(contribution_view(ctx, k));
    set_list(view, "contributions", std::move(contributions));
    ViewList efforts;
    efforts.reserve(b.meeting_efforts[i].size());
    for (const auto& at : b.meeting_efforts[i])
        efforts.push_back(effort_mention(ctx, at.country, at.effort));
    set_list(view, "efforts", std::move(efforts));
    ViewList statistics;
    statistics.reserve(b.meeting_statistics[i].size());
    for (const auto& at : b.meeting_statistics[i]) {
        const auto& c = ctx.content().countries[at.country];
        const auto& s = c.statistics[at.statistic];
        View item;
        item["country"] = link(c.name, ctx.urls.path(site_paths::country(c.origin.id)));
        item["label"] = View(s.label);
        item["value"] = View(s.value);
        statistics.push_back(std::move(item));
    }
    set_list(view, "statistics", std::move(statistics));
    const auto path = site_paths::meeting(m.origin.id);
    auto cards = set_case_study_page(view, ctx, b.meeting_case_studies[i], page, path);
    view["has_previous"] = View(i > 0);
    view["previous"] = i > 0 ? link(meeting_title(meetings[i - 1]),
                                    ctx.urls.path(site_paths::meeting(meetings[i - 1].origin.id)))
                             : link("", "");
    view["has_next"] = View(i + 1 < meetings.size());
    view["next"] = i + 1 < meetings.size()
                       ? link(meeting_title(meetings[i + 1]),
                              ctx.urls.path(site_paths::meeting(meetings[i + 1].origin.id)))
                       : link("", "");

    PageMeta meta;
    meta.title = paged_title(meeting_title(m), page);
    meta.description = m.summary;
    meta.section = "meetings";
    meta.breadcrumbs = {{"Meetings", ctx.urls.path("meetings/")}};
    if (page > 1)
        meta.breadcrumbs.push_back({meeting_title(m), ctx.urls.path(path)});
    else
        meta.json_ld = meeting_json_ld(ctx, m);  // the event is described once, on its page
    return {"meeting", std::move(view), std::move(meta), std::move(cards)};
}

PageView meetings_page(const SiteContext& ctx) {
    const auto& c = ctx.content();
    const auto& b = ctx.backlinks();
    ViewList meetings;
    meetings.reserve(ctx.meetings_newest_first.size());
    for (auto i : ctx.meetings_newest_first) {
        const auto& m = c.meetings[i];
        View item = link(meeting_title(m), ctx.urls.path(site_paths::meeting(m.origin.id)));
        item["date"] = date_view(m.date);
        item["year"] = text_view(std::to_string(m.date.year));
        item["summary"] = View(m.summary);
        set_text(item, "venue", m.venue);
        set_text(item, "participants", participants_text(m));
        item["contributions"] = View(contributions_text(m));
        item["case_studies"] =
            View(counted(b.meeting_case_studies[i].size(), "case study", "case studies"));
        meetings.push_back(std::move(item));
    }
    std::vector<TimelineMeeting> timeline;
    for (const auto& m : c.meetings)
        timeline.push_back({m.number, meeting_title(m),
                            ctx.urls.path(site_paths::meeting(m.origin.id)), m.date, m.participants,
                            participants_text(m), contribution_total(m)});
    View view;
    view["count"] = text_view(std::to_string(c.meetings.size()));
    set_list(view, "meetings", std::move(meetings));
    set_text(view, "timeline_svg", timeline_svg(timeline, "meetings-timeline"));
    PageMeta meta;
    meta.title = "Meetings";
    meta.description =
        "Every meeting of the ITU Council Working Group on Child Online "
        "Protection, with its outcomes and the contributions presented.";
    meta.section = "meetings";
    return {"meetings", std::move(view), std::move(meta)};
}

}  // namespace copsite
