#include "render/urls.h"

#include "core/text.h"

namespace copsite {

Urls::Urls(std::string base_url) : base_url_(std::move(base_url)) {
    if (base_url_.empty() || base_url_.back() != '/') base_url_ += '/';
    const auto scheme = base_url_.find("://");
    const auto slash = scheme == std::string::npos ? 0 : base_url_.find('/', scheme + 3);
    base_path_ = slash == std::string::npos ? "/" : base_url_.substr(slash);
}

std::string Urls::path(std::string_view site_path) const {
    return base_path_ + std::string(site_path);
}

std::string Urls::absolute(std::string_view site_path) const {
    return base_url_ + std::string(site_path);
}

namespace site_paths {

namespace {
std::string join(std::string_view dir, std::string_view id) {
    std::string out(dir);
    out += '/';
    out += id;
    out += '/';
    return out;
}
}  // namespace

std::string country(std::string_view id) {
    return join("countries", lower(id));
}
std::string case_study(std::string_view id) {
    return join("case-studies", id);
}
std::string meeting(std::string_view id) {
    return join("meetings", id);
}
std::string guideline(std::string_view id) {
    return join("guidelines", id);
}
std::string partner(std::string_view id) {
    return join("partners", id);
}
std::string theme(std::string_view id) {
    return join("themes", id);
}
std::string region(std::string_view id) {
    return join("regions", id);
}

std::string case_study_page(std::size_t k) {
    return k <= 1 ? "case-studies/" : "case-studies/page/" + std::to_string(k) + "/";
}

}  // namespace site_paths

}  // namespace copsite
