#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "schema/json_schema.h"

// Starter files for `copsite new`: every key of the kind explained in a
// comment, filled with what can be known, and "FILL IN: …" placeholders that
// `copsite check` rejects until the contributor replaces them.
namespace copsite {

struct Scaffold {
    std::string path;  // relative to the repository root: "content/countries/pol.toml"
    std::string text;
};

// A scaffold, or why the argument cannot name one.
struct ScaffoldResult {
    Scaffold file;
    std::string error;  // empty on success
    std::string hint;
};

// `iso3` in either case; the name and region come from `member_states`.
ScaffoldResult scaffold_country(const std::string& iso3, const SchemaIds& ids, Date today);
ScaffoldResult scaffold_case_study(const std::string& slug, const SchemaIds& ids, Date today);
ScaffoldResult scaffold_meeting(const std::string& number, const SchemaIds& ids);

}  // namespace copsite
