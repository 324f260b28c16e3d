#include "render/timeline_svg.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include <pugixml.hpp>

#include "core/text.h"

namespace copsite {

namespace {

// Layout, in viewBox units.
constexpr int kWidth = 720, kHeight = 262;
constexpr int kLeft = 112, kRight = 704;       // the time axis spans these x
constexpr int kYearY = 18;                     // year labels
constexpr int kAxisY = 140;                    // meeting markers sit on the axis
constexpr int kUpBase = 127, kUpMax = 90;      // participants: bars grow up from kUpBase
constexpr int kDownBase = 153, kDownMax = 80;  // contributions: bars grow down from kDownBase
constexpr int kBar = 12;

pugi::xml_node add(pugi::xml_node parent, const char* name, const char* css_class = nullptr) {
    auto n = parent.append_child(name);
    if (css_class) n.append_attribute("class") = css_class;
    return n;
}

void set(pugi::xml_node n, const char* name, long long v) {
    n.append_attribute(name) = v;
}

void add_text(pugi::xml_node parent, const char* css_class, long long x, long long y,
              const std::string& text) {
    auto t = add(parent, "text", css_class);
    set(t, "x", x);
    set(t, "y", y);
    t.text() = text.c_str();
}

void add_rect(pugi::xml_node parent, const char* css_class, long long x, long long y, long long w,
              long long h) {
    auto r = add(parent, "rect", css_class);
    set(r, "x", x);
    set(r, "y", y);
    set(r, "width", w);
    set(r, "height", h);
}

std::string spoken(const TimelineMeeting& m) {
    std::string s = m.title + ", " + m.date.human() + ": ";
    s += m.participants_text.empty() ? "participants not recorded"
                                     : m.participants_text + " participants";
    s += ", ";
    s += m.contributions ? counted(*m.contributions, "contribution", "contributions")
                         : "contributions not recorded";
    return s;
}

}  // namespace

std::string timeline_svg(const std::vector<TimelineMeeting>& meetings, const std::string& id) {
    if (meetings.empty()) return {};
    const int first_year = meetings.front().date.year;
    const int last_year = meetings.back().date.year;
    const long start = Date{first_year, 1, 1}.days_since_epoch();
    const long span = Date{last_year + 1, 1, 1}.days_since_epoch() - start;
    auto x_of = [&](const Date& d) {
        return kLeft + std::lround(double(d.days_since_epoch() - start) * (kRight - kLeft) / span);
    };
    int most_participants = 1, most_contributions = 1;
    for (const auto& m : meetings) {
        most_participants = std::max(most_participants, m.participants.value_or(0));
        most_contributions = std::max(most_contributions, m.contributions.value_or(0));
    }

    pugi::xml_document doc;
    auto svg = add(doc, "svg", "timeline-chart");
    svg.append_attribute("viewBox") =
        ("0 0 " + std::to_string(kWidth) + " " + std::to_string(kHeight)).c_str();
    svg.append_attribute("role") = "group";
    svg.append_attribute("aria-labelledby") = (id + "-title").c_str();
    svg.append_attribute("aria-describedby") = (id + "-desc").c_str();
    auto title = add(svg, "title");
    title.append_attribute("id") = (id + "-title").c_str();
    title.text() = "Timeline of the CWG-COP meetings";
    auto desc = add(svg, "desc");
    desc.append_attribute("id") = (id + "-desc").c_str();
    desc.text() = (std::to_string(meetings.size()) + " meetings from " +
                   std::to_string(first_year) + " to " + std::to_string(last_year) +
                   ". Bars above the line show the participants, where the records give "
                   "them; bars below it show the contributions presented, where the records list "
                   "or count them. Each meeting links to its page; the list below gives the "
                   "same figures.")
                      .c_str();

    auto scale = add(svg, "g", "tl-scale");
    scale.append_attribute("aria-hidden") = "true";
    for (int y = first_year; y <= last_year + 1; ++y) {
        const auto x = x_of(Date{y, 1, 1});
        auto line = add(scale, "line", "tl-grid");
        set(line, "x1", x);
        set(line, "x2", x);
        set(line, "y1", kYearY + 6);
        set(line, "y2", kHeight - 6);
        if (y <= last_year) add_text(scale, "tl-year", x + 4, kYearY, std::to_string(y));
    }
    auto axis = add(scale, "line", "tl-axis");
    set(axis, "x1", kLeft);
    set(axis, "x2", kRight);
    set(axis, "y1", kAxisY);
    set(axis, "y2", kAxisY);
    add_text(scale, "tl-label", kLeft - 8, kUpBase - kUpMax / 2, "Participants");
    add_text(scale, "tl-label", kLeft - 8, kDownBase + kDownMax / 2, "Contributions");

    for (const auto& m : meetings) {
        const auto x = x_of(m.date);
        auto a = add(svg, "a", "tl-meeting");
        a.append_attribute("href") = m.url.c_str();
        add(a, "title").text() = spoken(m).c_str();
        if (m.participants) {
            const long h =
                std::max(2L, std::lround(double(*m.participants) * kUpMax / most_participants));
            add_rect(a, "tl-participants", x - kBar / 2, kUpBase - h, kBar, h);
            add_text(a, "tl-value", x, kUpBase - h - 4, std::to_string(*m.participants));
        } else {
            add_text(a, "tl-value tl-unknown", x, kUpBase - 4, "?");
        }
        if (m.contributions.value_or(0) > 0) {
            const long h =
                std::max(2L, std::lround(double(*m.contributions) * kDownMax / most_contributions));
            add_rect(a, "tl-contributions", x - kBar / 2, kDownBase, kBar, h);
            add_text(a, "tl-value", x, kDownBase + h + 12, std::to_string(*m.contributions));
        } else if (m.contributions) {
            add_text(a, "tl-value", x, kDownBase + 12, "0");
        } else {
            add_text(a, "tl-value tl-unknown", x, kDownBase + 12, "?");
        }
        auto dot = add(a, "circle", "tl-dot");
        set(dot, "cx", x);
        set(dot, "cy", kAxisY);
        set(dot, "r", 9);
        add_text(a, "tl-number", x, kAxisY + 4, std::to_string(m.number));
    }

    std::ostringstream text;
    doc.save(text, "", pugi::format_raw | pugi::format_no_declaration);
    return text.str();
}

}  // namespace copsite
