#pragma once

#include <memory>
#include <string>

#include "check/check_content.h"
#include "core/file_system.h"
#include "load/load_content.h"
#include "render/site_context.h"
#include "support/fixture.h"

namespace copsite::test {

// Loaded, checked and linked content kept alive together with its files and
// its context.
struct BuiltContext {
    std::unique_ptr<MemoryFileSystem> files;
    std::unique_ptr<LinkedContent> site;
    std::unique_ptr<SiteContext> ctx;
};

inline BuiltContext context_for(const Files& files,
                                std::string base_url = "https://cop.example.org/") {
    auto fs = std::make_unique<MemoryFileSystem>(files);
    auto loaded = load_content(*fs, 1);
    Diagnostics d = std::move(loaded.diagnostics);
    auto site = std::make_unique<LinkedContent>(check_and_link(std::move(loaded.content), d));
    if (!d.empty()) throw std::runtime_error("fixture has errors: " + d.sorted()[0].message);
    auto ctx =
        std::make_unique<SiteContext>(make_site_context(*site, std::move(base_url), {}, fs.get()));
    return {std::move(fs), std::move(site), std::move(ctx)};
}

}  // namespace copsite::test
