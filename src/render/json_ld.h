#pragma once

#include <string>
#include <utility>
#include <vector>

// A tiny builder for schema.org JSON-LD objects: keys in insertion order,
// values already encoded. Enough for the few shapes the pages need.
namespace copsite {

class JsonObject {
  public:
    JsonObject& text(const std::string& key, const std::string& value);  // skipped if empty
    JsonObject& raw(const std::string& key, std::string json);
    JsonObject& object(const std::string& key, const JsonObject& value);
    JsonObject& list(const std::string& key, const std::vector<JsonObject>& values);
    std::string str() const;
    bool empty() const { return fields_.empty(); }

  private:
    std::vector<std::pair<std::string, std::string>> fields_;
};

// {"@context":"https://schema.org","@type":type, ...}
JsonObject schema(const std::string& type);

}  // namespace copsite
