#include "scaffold/scaffold.h"

#include <algorithm>

#include "core/edit_distance.h"
#include "core/text.h"
#include "render/site_context.h"
#include "scaffold/starter_file.h"

namespace copsite {

namespace {

ScaffoldResult failure(std::string error, std::string hint) {
    return {{}, std::move(error), std::move(hint)};
}

std::string toml_quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string schema_path(const std::string& kind) {
    return "../../" + std::string(kSchemaDir) + "/" + kind + ".schema.json";
}

// What a contributor probably meant by a code that is no Member State's.
std::string country_hint(const std::string& arg, const std::vector<MemberState>& states) {
    std::vector<std::string> codes, names;
    for (const auto& s : states) {
        if (lower(s.name) == lower(arg)) return "the code of " + s.name + " is " + s.code;
        codes.push_back(s.code);
        names.push_back(s.name);
    }
    if (auto near = closest_match(arg, names)) {
        const auto it = std::find(names.begin(), names.end(), *near);
        return "did you mean " + codes[it - names.begin()] + " (" + *near + ")?";
    }
    if (auto near = closest_match(upper(arg), codes)) return "did you mean " + *near + "?";
    return "use the ISO 3166-1 alpha-3 code, e.g. POL for Poland; the codes are in "
           "data/member-states.tsv";
}

// "Safer Internet Day!" -> "safer-internet-day".
std::string slugify(const std::string& s) {
    std::string out;
    for (char c : lower(s)) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep)
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

}  // namespace

ScaffoldResult scaffold_country(const std::string& iso3, const SchemaIds& ids, Date today) {
    const auto code = upper(iso3);
    const auto& states = ids.member_states;
    const auto it = std::find_if(states.begin(), states.end(),
                                 [&](const MemberState& s) { return s.code == code; });
    if (it == states.end())
        return failure("\"" + iso3 + "\" is not the code of an ITU Member State",
                       country_hint(iso3, states));
    StarterSpec spec;
    spec.schema_path = schema_path("country");
    spec.heading = "# The country profile of " + it->name + " (" + code + ").\n";
    spec.known = {{"code", toml_quoted(code)},
                  {"name", toml_quoted(it->name)},
                  {"region", toml_quoted(it->region)},
                  {"updated", today.iso()}};
    spec.open_tables = {"efforts"};
    return {{"content/countries/" + lower(code) + ".toml",
             starter_file(content_kind("country"), spec, ids)},
            {},
            {}};
}

ScaffoldResult scaffold_case_study(const std::string& slug, const SchemaIds& ids, Date today) {
    if (!is_slug(slug)) {
        const auto better = slugify(slug);
        return failure("\"" + slug + "\" cannot name a case study file",
                       "use lower-case letters, digits and single hyphens" +
                           (better.empty() ? std::string(", e.g. safer-internet-day")
                                           : ": copsite new case-study " + better));
    }
    StarterSpec spec;
    spec.schema_path = schema_path("case-study");
    spec.heading = "# A case study: a good practice in child online protection.\n";
    spec.known = {{"published", today.iso()}};
    spec.open_tables = {"evaluation"};
    return {{"content/case-studies/" + slug + ".toml",
             starter_file(content_kind("case-study"), spec, ids)},
            {},
            {}};
}

ScaffoldResult scaffold_meeting(const std::string& number, const SchemaIds& ids) {
    std::string digits = number;
    if (digits.starts_with("cwg-cop-")) digits = digits.substr(8);
    const bool ok =
        !digits.empty() && digits.size() <= 4 && digits.front() != '0' &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok)
        return failure("\"" + number + "\" is not a meeting number",
                       "write the meeting's number without leading zeros, e.g. copsite new "
                       "meeting 19");
    const int n = std::stoi(digits);
    StarterSpec spec;
    spec.schema_path = schema_path("meeting");
    spec.heading = "# The " + ordinal(n) + " meeting of the CWG-COP.\n";
    spec.known = {{"number", std::to_string(n)}};
    return {{"content/meetings/cwg-cop-" + std::to_string(n) + ".toml",
             starter_file(content_kind("meeting"), spec, ids)},
            {},
            {}};
}

}  // namespace copsite
