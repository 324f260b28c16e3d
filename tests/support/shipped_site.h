#pragma once

#include <string>

#include "check/check_content.h"
#include "support/fixture.h"

namespace copsite::test {

// The repository's own content, linked, and the site `copsite build` makes of
// it: built once per test run, shared by every end-to-end test that reads it.
struct ShippedSite {
    LinkedContent linked;
    Files site;
};

const ShippedSite& shipped_site();

// The index.html of `site_path` ("countries/pol/") in the shipped site.
const std::string& shipped_page(const std::string& site_path);

}  // namespace copsite::test
