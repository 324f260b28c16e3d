#pragma once

#include "core/diagnostic.h"
#include "core/file_system.h"
#include "model/content.h"

// The load stage: site.toml, content/vocabulary.toml and every file of the
// five kinds -> Content, with every shape error collected. Ids are not
// resolved here (that is check/).
namespace copsite {

struct Loaded {
    Content content;
    Diagnostics diagnostics;
};

Loaded load_content(const FileSystem& files, unsigned threads);

}  // namespace copsite
