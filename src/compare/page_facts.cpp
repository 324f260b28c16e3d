#include "compare/page_facts.h"

#include <array>
#include <utility>

#include "core/text.h"

namespace copsite {

namespace {

// The text between the first <tag ...> and its </tag>, or nullopt-like empty.
std::string_view element_content(std::string_view html, std::string_view tag) {
    const auto open = html.find("<" + std::string(tag));
    if (open == html.npos) return {};
    const auto start = html.find('>', open);
    const auto end = html.find("</" + std::string(tag) + ">", start);
    if (start == html.npos || end == html.npos) return {};
    return html.substr(start + 1, end - start - 1);
}

std::string attribute(std::string_view tag, std::string_view name) {
    const auto at = tag.find(" " + std::string(name) + "=\"");
    if (at == tag.npos) return {};
    const auto start = at + name.size() + 3;
    const auto end = tag.find('"', start);
    return end == tag.npos ? std::string() : std::string(tag.substr(start, end - start));
}

// Decodes the entity starting at text[i] ('&'); returns its length, 0 if unknown.
std::size_t decode_entity(std::string_view text, std::size_t i, std::string& out) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> named = {{
        {"&amp;", "&"},
        {"&lt;", "<"},
        {"&gt;", ">"},
        {"&quot;", "\""},
        {"&apos;", "'"},
        {"&nbsp;", " "},
    }};
    for (const auto& [entity, value] : named)
        if (text.substr(i, entity.size()) == entity) {
            out += value;
            return entity.size();
        }
    const auto ref = read_numeric_reference(text, i);
    if (!ref) return 0;
    append_utf8(out, ref->code_point);
    return ref->size;
}

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// An href as a site path, or empty if it leaves the site.
std::string internal_target(std::string href, std::string_view base_path) {
    if (!href.starts_with(base_path) || href.starts_with("//")) return {};
    href = href.substr(base_path.size());
    if (const auto cut = href.find_first_of("#?"); cut != std::string::npos) href.resize(cut);
    return href.empty() ? std::string(".") : href;  // "." is the home page
}

}  // namespace

std::string plain_text(std::string_view html) {
    std::string out;
    bool in_tag = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (in_tag) {
            in_tag = c != '>';
            continue;
        }
        if (c == '<') {
            in_tag = true;
            continue;
        }
        if (c == '&')
            if (const auto n = decode_entity(html, i, out)) {
                i += n - 1;
                continue;
            }
        if (is_space(c)) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        out += c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string site_path_of_file(std::string_view file) {
    if (file == "index.html") return "";
    if (file.ends_with("/index.html")) return std::string(file.substr(0, file.size() - 10));
    return std::string(file);
}

PageFacts read_page_facts(std::string_view html, std::string_view base_path) {
    PageFacts facts;
    facts.title = plain_text(element_content(html, "h1"));
    if (facts.title.empty()) facts.title = plain_text(element_content(html, "title"));
    auto main = element_content(html, "main");
    if (main.empty()) main = html;
    for (std::size_t at = main.find("<a "); at != main.npos; at = main.find("<a ", at + 1)) {
        const auto tag_end = main.find('>', at);
        const auto close = main.find("</a>", tag_end);
        if (tag_end == main.npos || close == main.npos) break;
        auto target = internal_target(attribute(main.substr(at, tag_end - at), "href"), base_path);
        if (target.empty()) continue;
        if (target == ".") target.clear();
        facts.links.push_back(
            {std::move(target), plain_text(main.substr(tag_end + 1, close - tag_end - 1))});
    }
    return facts;
}

}  // namespace copsite
