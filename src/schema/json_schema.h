#pragma once

#include <string>
#include <vector>

#include "model/content.h"
#include "model/fields.h"

// JSON Schemas (draft-07) for the content files, generated from the field
// table (model/fields.h) and the ids the content defines, so editors with
// TOML support (Taplo, "Even Better TOML") complete keys, list the allowed
// ids and flag mistakes as the contributor types.
namespace copsite {

// The ids a schema lists as enums.
struct SchemaIds {
    Vocabulary vocabulary;
    std::vector<std::string> guidelines, meetings, partners;
    // Empty: country codes are only checked for their shape.
    std::vector<MemberState> member_states;
};

// What an id field may hold, and a sentence that names the choices.
struct Allowed {
    std::vector<std::string> ids;  // empty: any id of the right shape
    std::string explained;
};
Allowed allowed_ids(IdSet set, const SchemaIds& ids);

SchemaIds schema_ids(const Content& content);

struct SchemaFile {
    std::string name;  // "country.schema.json"
    std::string json;
};

// One file per kind of content_kinds(), in that order.
std::vector<SchemaFile> content_schemas(const SchemaIds& ids);
std::string schema_file_name(const Kind& kind);

// Where the schemas live in the repository and on the site.
inline constexpr const char* kSchemaDir = "schemas";

// Text values that start with this are starter-file placeholders.
inline constexpr const char* kPlaceholderMark = "FILL IN";

}  // namespace copsite
