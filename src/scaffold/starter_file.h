#pragma once

#include <map>
#include <set>
#include <string>

#include "model/fields.h"
#include "schema/json_schema.h"

// Writes one kind's keys as a commented TOML starter file.
namespace copsite {

struct StarterSpec {
    std::string schema_path;  // "../../schemas/country.schema.json", relative to the file
    std::string heading;      // first comment lines, already with "# "
    // Keys whose value is known, as TOML value text: { "code", "\"POL\"" }.
    std::map<std::string, std::string> known;
    // Optional tables and lists of tables written out (with placeholders)
    // rather than commented out: { "efforts" }.
    std::set<std::string> open_tables;
};

std::string starter_file(const Kind& kind, const StarterSpec& spec, const SchemaIds& ids);

// "FILL IN: <what>" as a TOML basic string.
std::string placeholder(const std::string& what);

}  // namespace copsite
