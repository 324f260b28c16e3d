#include "support/shipped_site.h"

#include <stdexcept>

#include "core/file_system.h"
#include "load/load_content.h"

namespace copsite::test {

const ShippedSite& shipped_site() {
    static const ShippedSite s = [] {
        static TempDir out;
        const auto r = run_copsite(std::string("build --root '") + COPSITE_SOURCE_DIR +
                                   "' --out '" + (out.path() / "site").string() + "'");
        if (r.exit_code != 0) throw std::runtime_error("build failed: " + r.err);
        DiskFileSystem files(COPSITE_SOURCE_DIR);
        auto loaded = load_content(files, 2);
        Diagnostics d = std::move(loaded.diagnostics);
        auto linked = check_and_link(std::move(loaded.content), d);
        return ShippedSite{std::move(linked), read_tree(out.path() / "site")};
    }();
    return s;
}

const std::string& shipped_page(const std::string& site_path) {
    return shipped_site().site.at(site_path + "index.html");
}

}  // namespace copsite::test
