#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

// The meetings timeline as inline SVG: one column per meeting at its date,
// participants as a bar above the axis, contributions as a bar below it ("?"
// where the records give no figure), each column a link to the meeting's page.
// Colours come from CSS classes.
namespace copsite {

struct TimelineMeeting {
    int number = 0;
    std::string title;  // "16th meeting of the CWG-COP"
    std::string url;
    Date date;
    std::optional<int> participants;
    std::string participants_text;     // "about 70", "more than 150"; empty if not recorded
    std::optional<int> contributions;  // none when the records neither list nor count them
};

// `meetings` in date order; `id` prefixes the ids of the title and description.
// Empty when there are no meetings.
std::string timeline_svg(const std::vector<TimelineMeeting>& meetings, const std::string& id);

}  // namespace copsite
