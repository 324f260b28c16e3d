#include "render/json_ld.h"

#include "core/json.h"

namespace copsite {

void JsonObject::append(const JsonObject& value) {
    json_ += value.json_;
    json_ += '}';
}

void JsonObject::key(std::string_view key) {
    if (!empty()) json_ += ',';
    append_json_string(json_, key);
    json_ += ':';
}

JsonObject& JsonObject::text(std::string_view key, std::string_view value) {
    if (value.empty()) return *this;
    this->key(key);
    append_json_string(json_, value);
    return *this;
}

JsonObject& JsonObject::raw(std::string_view key, std::string_view json) {
    this->key(key);
    json_ += json;
    return *this;
}

JsonObject& JsonObject::object(std::string_view key, const JsonObject& value) {
    this->key(key);
    append(value);
    return *this;
}

JsonObject& JsonObject::list(std::string_view key, const std::vector<JsonObject>& values) {
    if (values.empty()) return *this;
    this->key(key);
    json_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) json_ += ',';
        append(values[i]);
    }
    json_ += ']';
    return *this;
}

JsonObject schema(std::string_view type) {
    JsonObject o;
    o.text("@context", "https://schema.org").text("@type", type);
    return o;
}

}  // namespace copsite
