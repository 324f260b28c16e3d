#include "load/load_theme.h"

#include "core/file_system.h"
#include "load/load_world_map.h"

namespace copsite {

std::optional<Theme> load_theme(const std::filesystem::path& dir, std::string& error) {
    DiskFileSystem files(dir);
    Theme theme;
    for (const auto& path : files.list("templates")) {
        if (!path.ends_with(".mustache")) continue;
        const auto name = path.substr(10, path.size() - 10 - 9);  // templates/ … .mustache
        if (auto text = files.read(path)) theme.templates.emplace(name, std::move(*text));
    }
    if (theme.templates.empty()) {
        error = "no templates in " + (dir / "templates").string();
        return std::nullopt;
    }
    for (const auto& path : files.list("assets"))
        if (auto bytes = files.read(path))
            theme.assets.emplace_back(path.substr(7), std::move(*bytes));
    std::vector<std::string> map_errors;
    theme.world_map = parse_world_map(files.read("data/world-map.tsv").value_or(""), map_errors);
    if (!map_errors.empty()) {
        error = (dir / "data").string() + "/" + map_errors.front();
        return std::nullopt;
    }
    return theme;
}

}  // namespace copsite
