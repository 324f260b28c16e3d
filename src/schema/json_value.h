#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

// A JSON value that keeps the order keys were added in, so generated files
// are stable and read in the order they were written.
namespace copsite {

class Json {
  public:
    using Object = std::vector<std::pair<std::string, Json>>;
    using Array = std::vector<Json>;

    Json() : value_(Object{}) {}
    Json(std::string s) : value_(std::move(s)) {}
    Json(const char* s) : value_(std::string(s)) {}
    Json(long long n) : value_(n) {}
    Json(int n) : value_(static_cast<long long>(n)) {}
    Json(bool b) : value_(b) {}
    static Json array(std::vector<std::string> items);
    static Json array(Array items);

    // REQUIRES: this is an object. Replaces the key's value if it is present.
    Json& set(const std::string& key, Json value);
    // REQUIRES: both are objects. Adds (or replaces) every key of `other`.
    Json& merge(Json other);
    // Pretty-printed with two-space indents and a final newline.
    std::string dump() const;

  private:
    void write(std::string& out, int indent) const;
    std::variant<Object, Array, std::string, long long, bool> value_;
};

}  // namespace copsite
