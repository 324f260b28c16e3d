#pragma once

#include <string>
#include <string_view>

namespace copsite {

// Appends `text` as a JSON string literal, quotes included. '<' is escaped
// too, so the result is safe inside an HTML <script> data block.
void append_json_string(std::string& out, std::string_view text);
std::string json_string(std::string_view text);

}  // namespace copsite
