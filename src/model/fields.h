#pragma once

#include <string>
#include <vector>

// The keys of every content file kind as data: type, whether required, what
// it means. The loaders in load/ are the truth about keys and types; this
// table describes them for the JSON Schemas (schema/) and the starter files
// (scaffold/), and tests/schema checks that it agrees with the loaders.
namespace copsite {

enum class FieldType {
    text,           // a string
    markdown,       // a string holding Markdown
    integer,        // a whole number, 0 or more
    date,           // a TOML local date, 2020-02-04
    url,            // https://, http:// or mailto:
    id,             // one id of `ids`
    ids,            // a list of ids of `ids`, no repeats
    choice,         // one of `choices`
    markdown_list,  // a list of Markdown strings
    table,          // a table with `fields`
    tables,         // a list of tables ([[key]]) with `fields`
    entries,        // vocabulary: a table of id -> table with `fields`
};

// What an id refers to; decides the enum a schema lists.
enum class IdSet {
    none,
    region,
    theme,
    effort_category,
    audience,
    partner_kind,
    guideline,
    meeting,
    partner,
    country,  // an ITU Member State's ISO3 code, upper case
};

struct Field {
    std::string key;
    FieldType type = FieldType::text;
    bool required = false;
    std::string description;  // one or two sentences, for editors and starter files
    std::string example;      // a TOML value, shown in starter files
    IdSet ids = IdSet::none;
    std::vector<std::string> choices;
    std::vector<Field> fields;  // table, tables, entries
    // table: exactly one of these keys (a party), or at least one of them.
    std::vector<std::string> one_of, any_of;
    std::string pattern;  // text: a regular expression the value must match
};

struct Kind {
    std::string name;      // "country": the schema's file is country.schema.json
    std::string title;     // "Country profile"
    std::string location;  // "content/countries/<iso3>.toml"
    std::string description;
    std::vector<Field> fields;
};

// The seven kinds: country, case-study, meeting, guideline, partner,
// vocabulary, site.
std::vector<Kind> content_kinds();
// REQUIRES: `name` is one of content_kinds()'s names.
Kind content_kind(const std::string& name);

}  // namespace copsite
