#pragma once

#include <cstddef>
#include <vector>

#include "check/check_content.h"
#include "core/date.h"

// What the repository lacks, for the people who curate it: computed from the
// linked content and a reference date, never from the clock, so the report
// and the /about/coverage/ page are the same on every machine.
namespace copsite {

// Fewer case studies than this, and a guideline set or theme is listed.
inline constexpr std::size_t kFewCaseStudies = 3;

struct DueProfile {
    std::size_t country;  // index into Content::countries
    bool update_due;      // last updated more than two years before the reference date
    bool validation_due;  // never validated, or validated more than two years before it
};

struct ThinSet {
    std::size_t index;  // into Content::guidelines or Vocabulary::themes
    std::size_t case_studies;
};

struct UnlinkedMeeting {
    std::size_t meeting;
    std::size_t contributions;  // recorded in the meeting file, none written up as an entry
};

struct Coverage {
    Date today;                        // the reference date
    bool today_given = false;          // from --today rather than the content
    bool member_states_known = false;  // the repository has data/member-states.tsv
    std::size_t member_states = 0;
    std::size_t member_states_profiled = 0;
    std::vector<MemberState> without_profile;  // sorted by region, then name
    std::vector<DueProfile> due_profiles;      // in Content order (by code)
    std::vector<ThinSet> thin_guidelines, thin_themes;
    std::vector<std::size_t> unlinked_partners;      // no case study, no contribution
    std::vector<UnlinkedMeeting> unlinked_meetings;  // no case study or effort names them
};

// The newest date anywhere in the content: meetings, profile updates, case
// studies published or updated. The reference date when none is given.
Date newest_content_date(const Content& content);

Coverage compute_coverage(const LinkedContent& site, Date today, bool today_given);

}  // namespace copsite
