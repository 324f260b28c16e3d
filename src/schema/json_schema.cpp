#include "schema/json_schema.h"

#include "schema/json_value.h"

namespace copsite {

namespace {

Allowed from_vocabulary(const std::vector<VocabularyEntry>& entries, const std::string& where) {
    Allowed a;
    for (const auto& e : entries) {
        a.ids.push_back(e.id);
        a.explained += (a.explained.empty() ? "" : ", ") + e.id + " (" + e.name + ")";
    }
    a.explained = "One of: " + a.explained + ". The list is " + where + ".";
    return a;
}

Allowed from_ids(const std::vector<std::string>& ids, const std::string& where) {
    Allowed a{ids, {}};
    for (const auto& id : ids) a.explained += (a.explained.empty() ? "" : ", ") + id;
    a.explained = "One of: " + a.explained + ". These are " + where + ".";
    return a;
}

}  // namespace

Allowed allowed_ids(IdSet set, const SchemaIds& ids) {
    const auto& v = ids.vocabulary;
    switch (set) {
        case IdSet::region:
            return from_vocabulary(v.regions, "[regions] in content/vocabulary.toml");
        case IdSet::theme:
            return from_vocabulary(v.themes, "[themes] in content/vocabulary.toml");
        case IdSet::effort_category:
            return from_vocabulary(v.effort_categories,
                                   "[effort_categories] in content/vocabulary.toml");
        case IdSet::audience:
            return from_vocabulary(v.audiences, "[audiences] in content/vocabulary.toml");
        case IdSet::partner_kind:
            return from_vocabulary(v.partner_kinds, "[partner_kinds] in content/vocabulary.toml");
        case IdSet::guideline:
            return from_ids(ids.guidelines, "the files in content/guidelines/");
        case IdSet::meeting:
            return from_ids(ids.meetings, "the files in content/meetings/");
        case IdSet::partner:
            return from_ids(ids.partners, "the files in content/partners/");
        case IdSet::country: {
            Allowed a;
            for (const auto& m : ids.member_states) a.ids.push_back(m.code);
            a.explained =
                "An ITU Member State's ISO 3166-1 alpha-3 code in upper case, e.g. "
                "POL; copsite check also requires its profile in content/countries/.";
            return a;
        }
        case IdSet::none:
            break;
    }
    return {};
}

namespace {

// A string that is not a starter-file placeholder; `nonblank` for required text.
Json text_schema(bool nonblank) {
    Json s;
    s.set("type", "string");
    if (nonblank) s.set("pattern", "\\S");
    Json placeholder;
    placeholder.set("pattern", std::string("^\\s*") + kPlaceholderMark);
    s.set("not", placeholder);
    return s;
}

Json id_schema(const Field& f, const SchemaIds& ids, std::string& description) {
    const auto a = allowed_ids(f.ids, ids);
    description += " " + a.explained;
    Json s;
    s.set("type", "string");
    if (!a.ids.empty())
        s.set("enum", Json::array(a.ids));
    else if (f.ids == IdSet::country)
        s.set("pattern", "^[A-Z]{3}$");
    else
        s.set("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
    return s;
}

Json object_schema(const std::vector<Field>& fields, const SchemaIds& ids);

Json field_schema(const Field& f, const SchemaIds& ids) {
    std::string description = f.description;
    Json s;
    switch (f.type) {
        case FieldType::text:
        case FieldType::markdown:
            s = text_schema(f.required);
            if (!f.pattern.empty()) s.set("pattern", f.pattern);
            break;
        case FieldType::integer:
            s.set("type", "integer");
            s.set("minimum", 0);
            s.set("maximum", 1'000'000'000);
            break;
        case FieldType::date:
            s.set("type", "string");
            s.set("format", "date");
            break;
        case FieldType::url:
            s.set("type", "string");
            // Optional addresses may be left empty; copsite publishes none then.
            s.set("pattern", std::string(f.required ? "" : "^$|") +
                                 "^(https://|http://|mailto:)[^\\s\"<>\\x00-\\x1f]+$");
            break;
        case FieldType::id:
            s = id_schema(f, ids, description);
            break;
        case FieldType::ids: {
            s.set("type", "array");
            s.set("items", id_schema(f, ids, description));
            s.set("uniqueItems", true);
            if (f.required) s.set("minItems", 1);
            break;
        }
        case FieldType::choice:
            s.set("type", "string");
            s.set("enum", Json::array(f.choices));
            break;
        case FieldType::markdown_list:
            s.set("type", "array");
            s.set("items", text_schema(false));
            break;
        case FieldType::table:
            s = object_schema(f.fields, ids);
            break;
        case FieldType::tables:
            s.set("type", "array");
            s.set("items", object_schema(f.fields, ids));
            break;
        case FieldType::entries: {
            s.set("type", "object");
            Json names;
            names.set("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
            s.set("propertyNames", names);
            s.set("additionalProperties", object_schema(f.fields, ids));
            break;
        }
    }
    if (f.type == FieldType::table) {
        Json::Array choices;
        for (const auto& key : f.one_of.empty() ? f.any_of : f.one_of) {
            Json one;
            one.set("required", Json::array(std::vector<std::string>{key}));
            choices.push_back(one);
        }
        if (!choices.empty()) s.set(f.one_of.empty() ? "anyOf" : "oneOf", Json::array(choices));
    }
    Json out;
    out.set("description", description);
    return out.merge(std::move(s));
}

Json object_schema(const std::vector<Field>& fields, const SchemaIds& ids) {
    Json s;
    s.set("type", "object");
    Json properties;
    std::vector<std::string> required;
    for (const auto& f : fields) {
        properties.set(f.key, field_schema(f, ids));
        if (f.required) required.push_back(f.key);
    }
    s.set("properties", std::move(properties));
    if (!required.empty()) s.set("required", Json::array(required));
    s.set("additionalProperties", false);
    return s;
}

Json kind_schema(const Kind& kind, const SchemaIds& ids) {
    Json s;
    s.set("$schema", "http://json-schema.org/draft-07/schema#");
    s.set("title", kind.title + " (" + kind.location + ")");
    s.set("description", kind.description +
                             " Generated by `copsite schema` from copsite's content model and "
                             "content/vocabulary.toml; do not edit by hand.");
    return s.merge(object_schema(kind.fields, ids));
}

}  // namespace

SchemaIds schema_ids(const Content& content) {
    SchemaIds ids{content.vocabulary, {}, {}, {}, content.member_states};
    for (const auto& g : content.guidelines) ids.guidelines.push_back(g.origin.id);
    for (const auto& m : content.meetings) ids.meetings.push_back(m.origin.id);
    for (const auto& p : content.partners) ids.partners.push_back(p.origin.id);
    return ids;
}

std::string schema_file_name(const Kind& kind) {
    return kind.name + ".schema.json";
}

std::vector<SchemaFile> content_schemas(const SchemaIds& ids) {
    std::vector<SchemaFile> out;
    for (const auto& kind : content_kinds())
        out.push_back({schema_file_name(kind), kind_schema(kind, ids).dump()});
    return out;
}

}  // namespace copsite
