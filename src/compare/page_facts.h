#pragma once

#include <string>
#include <string_view>
#include <vector>

// What a reviewer needs from one built HTML page: its heading and where its
// content links to. Reads copsite's own output, so a small scanner does; it
// is not a general HTML parser.
namespace copsite {

struct PageLink {
    std::string target;  // site path without the base path: "countries/pol/"
    std::string text;    // the link's text, tags stripped
};

struct PageFacts {
    std::string title;            // the <h1>, else the <title>
    std::vector<PageLink> links;  // internal links inside <main>, in page order
};

// `base_path` is the path every internal link starts with ("/" or "/cop/").
PageFacts read_page_facts(std::string_view html, std::string_view base_path);

// Tags removed, the entities copsite writes decoded, white space collapsed.
std::string plain_text(std::string_view html);

// "countries/pol/index.html" -> "countries/pol/"; "404.html" stays.
std::string site_path_of_file(std::string_view file);

}  // namespace copsite
