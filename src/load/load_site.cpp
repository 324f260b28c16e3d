#include "load/load_entries.h"

namespace copsite {

SiteConfig load_site_config(toml::table& doc, SourceFile& file) {
    TableReader r(doc, file, "site.toml");
    SiteConfig s;
    s.title = r.text("title", Need::required);
    s.description = r.text("description", Need::optional);
    s.base_url = r.url("base_url", Need::required);
    if (!s.base_url.empty() && s.base_url.back() != '/') s.base_url += '/';
    if (auto language = r.text("language", Need::required); !language.empty())
        s.language = language;
    s.feed_size = r.integer("feed_size", Need::optional).value_or(20);
    s.repository = r.url("repository", Need::optional);
    while (!s.repository.empty() && s.repository.back() == '/') s.repository.pop_back();
    r.finish();
    return s;
}

}  // namespace copsite
