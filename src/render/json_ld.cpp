#include "render/json_ld.h"

#include "core/json.h"

namespace copsite {

JsonObject& JsonObject::text(const std::string& key, const std::string& value) {
    if (!value.empty()) fields_.emplace_back(key, json_string(value));
    return *this;
}

JsonObject& JsonObject::raw(const std::string& key, std::string json) {
    fields_.emplace_back(key, std::move(json));
    return *this;
}

JsonObject& JsonObject::object(const std::string& key, const JsonObject& value) {
    return raw(key, value.str());
}

JsonObject& JsonObject::list(const std::string& key, const std::vector<JsonObject>& values) {
    if (values.empty()) return *this;
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        out += values[i].str();
    }
    return raw(key, out + "]");
}

std::string JsonObject::str() const {
    std::string out = "{";
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, fields_[i].first);
        out += ':';
        out += fields_[i].second;
    }
    return out + "}";
}

JsonObject schema(const std::string& type) {
    JsonObject o;
    o.text("@context", "https://schema.org").text("@type", type);
    return o;
}

}  // namespace copsite
