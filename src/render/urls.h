#pragma once

#include <string>
#include <string_view>

// Every address the site prints. Internal links are root-relative and start
// with the base path taken from the base URL, so a site built for
// https://example.org/cop/ works under /cop/ and one built for
// https://example.org/ works at the root.
namespace copsite {

class Urls {
  public:
    // REQUIRES: base_url is absolute and ends with '/'.
    explicit Urls(std::string base_url);

    const std::string& base_url() const { return base_url_; }
    const std::string& base_path() const { return base_path_; }
    // "countries/pol/" -> "/cop/countries/pol/"
    std::string path(std::string_view site_path) const;
    // "countries/pol/" -> "https://example.org/cop/countries/pol/"
    std::string absolute(std::string_view site_path) const;

  private:
    std::string base_url_;
    std::string base_path_;
};

// Site paths (relative to the site root, no leading '/') of each kind of page.
namespace site_paths {
std::string country(std::string_view id);  // id is the lower-case file id
std::string case_study(std::string_view id);
std::string meeting(std::string_view id);
std::string guideline(std::string_view id);
std::string partner(std::string_view id);
std::string theme(std::string_view id);
std::string region(std::string_view id);
// Page k (1-based) of the case-study index: "case-studies/" or "case-studies/page/k/".
std::string case_study_page(std::size_t k);
}  // namespace site_paths

}  // namespace copsite
