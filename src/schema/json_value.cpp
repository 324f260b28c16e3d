#include "schema/json_value.h"

#include "core/json.h"

namespace copsite {

Json Json::array(std::vector<std::string> items) {
    Array out;
    for (auto& item : items) out.emplace_back(std::move(item));
    return array(std::move(out));
}

Json Json::array(Array items) {
    Json j;
    j.value_ = std::move(items);
    return j;
}

Json& Json::set(const std::string& key, Json value) {
    auto& object = std::get<Object>(value_);
    for (auto& [k, v] : object)
        if (k == key) {
            v = std::move(value);
            return *this;
        }
    object.emplace_back(key, std::move(value));
    return *this;
}

Json& Json::merge(Json other) {
    for (auto& [k, v] : std::get<Object>(other.value_)) set(k, std::move(v));
    return *this;
}

std::string Json::dump() const {
    std::string out;
    write(out, 0);
    out += '\n';
    return out;
}

void Json::write(std::string& out, int indent) const {
    const std::string pad(indent + 2, ' ');
    const std::string close(indent, ' ');
    if (const auto* object = std::get_if<Object>(&value_)) {
        if (object->empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (std::size_t i = 0; i < object->size(); ++i) {
            out += pad;
            append_json_string(out, (*object)[i].first);
            out += ": ";
            (*object)[i].second.write(out, indent + 2);
            out += i + 1 < object->size() ? ",\n" : "\n";
        }
        out += close + "}";
    } else if (const auto* array = std::get_if<Array>(&value_)) {
        if (array->empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < array->size(); ++i) {
            out += pad;
            (*array)[i].write(out, indent + 2);
            out += i + 1 < array->size() ? ",\n" : "\n";
        }
        out += close + "]";
    } else if (const auto* s = std::get_if<std::string>(&value_)) {
        append_json_string(out, *s);
    } else if (const auto* n = std::get_if<long long>(&value_)) {
        out += std::to_string(*n);
    } else {
        out += std::get<bool>(value_) ? "true" : "false";
    }
}

}  // namespace copsite
