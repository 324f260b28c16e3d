#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/world_map.h"

// The theme: Mustache templates (theme/templates/*.mustache), static assets
// copied as they are (theme/assets/**), and data the pages draw from
// (theme/data/world-map.tsv).
namespace copsite {

struct Theme {
    std::map<std::string, std::string> templates;             // "country" -> text
    std::vector<std::pair<std::string, std::string>> assets;  // "style.css" -> bytes
    WorldMap world_map;  // data/world-map.tsv; empty if the theme has none
};

// Reads a theme folder; nullopt with `error` set if it has no templates or
// its world map cannot be read.
std::optional<Theme> load_theme(const std::filesystem::path& dir, std::string& error);

}  // namespace copsite
