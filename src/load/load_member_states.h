#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "model/content.h"

// data/member-states.tsv: a "#code<TAB>name<TAB>region" header, then one
// Member State per line. The list of states that could have a profile.
namespace copsite {

inline constexpr const char* kMemberStatesPath = "data/member-states.tsv";

// Parses the file's text; every malformed line becomes a diagnostic naming
// `path` and the line, and is left out. The result is sorted by code.
std::vector<MemberState> parse_member_states(std::string_view text, const std::string& path,
                                             Diagnostics& diagnostics);

}  // namespace copsite
