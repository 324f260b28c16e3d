#pragma once

#include <string>
#include <string_view>
#include <vector>

// A tiny builder for schema.org JSON-LD objects: keys in insertion order,
// written straight into the object's text as they are added. Enough for the
// few shapes the pages need.
namespace copsite {

class JsonObject {
  public:
    JsonObject& text(std::string_view key, std::string_view value);  // skipped if empty
    JsonObject& raw(std::string_view key, std::string_view json);
    JsonObject& object(std::string_view key, const JsonObject& value);
    JsonObject& list(std::string_view key, const std::vector<JsonObject>& values);
    std::string str() const { return json_ + "}"; }
    bool empty() const { return json_.size() == 1; }

  private:
    void key(std::string_view key);
    void append(const JsonObject& value);  // its text, closed
    std::string json_ = "{";               // without the closing brace
};

// {"@context":"https://schema.org","@type":type, ...}
JsonObject schema(std::string_view type);

}  // namespace copsite
