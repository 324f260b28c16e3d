#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

// The theme: Mustache templates (theme/templates/*.mustache), static assets
// copied as they are (theme/assets/**), and data the pages draw from
// (theme/data/world-map.tsv).
namespace copsite {

struct Theme {
    std::map<std::string, std::string> templates;  // "country" -> text
    std::vector<std::pair<std::string, std::string>> assets;  // "style.css" -> bytes
    std::string world_map;  // world-map.tsv, may be empty
};

// Reads a theme folder; nullopt with `error` set if it has no templates.
std::optional<Theme> load_theme(const std::filesystem::path& dir, std::string& error);

}  // namespace copsite
