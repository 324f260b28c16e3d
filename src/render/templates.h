#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <kainjow/mustache.hpp>

// The theme's Mustache templates. Partials ({{> name}}) are inlined when the
// set is built, so every template is parsed once, up front. Rendering is
// strict: a tag whose name the view does not provide is reported, never left
// as a silently empty spot on the page.
namespace copsite {

using View = kainjow::mustache::data;
using ViewList = kainjow::mustache::list;

// A View holding `items` or `text` without copying them. View's own
// constructors take both by const reference and copy them, deeply: a page
// listing thousands of case studies would hold its list twice, and every
// address or date made for a page would be made twice. A view of a string
// the caller makes (a URL, a number, a moved argument) takes it with
// text_view; View(x) is for text the content keeps.
View list_view(ViewList items);
View text_view(std::string text);

struct RenderResult {
    std::string html;
    std::vector<std::string> missing;  // names looked up but not provided
};

// Large values (a page's body, its list of cards, the page inside the layout)
// pass through a page's renders as short stand-ins and are copied once, when
// the page is assembled. kainjow copies every value it writes into a line
// buffer, growing it, and then out of it; a page's body went through that in
// its own template and again in the layout.
//
// A stand-in is U+0001, the value's number and U+0002: characters no content
// holds (TableReader::text_node refuses them, as every control character) and
// no template may hold.
class Splices {
  public:
    // What a render writes for `value`: a stand-in, if the value is worth
    // one, or the value itself. A stood-in value must outlive assemble().
    const View* stand_in(const View* value);
    // `text` with every stand-in replaced by its value, however deep.
    std::string assemble(std::string_view text) const;

  private:
    void append_assembled(std::string& out, std::string_view text) const;

    std::vector<const std::string*> values_;
    std::deque<View> stand_ins_;  // a deque: kainjow keeps pointers to them
};

class TemplateSet {
  public:
    // sources: template name ("case_study") -> Mustache text. Throws
    // std::runtime_error naming the template on a syntax error or an unknown
    // or recursive partial.
    explicit TemplateSet(const std::map<std::string, std::string>& sources);
    TemplateSet(TemplateSet&&) noexcept;
    TemplateSet& operator=(TemplateSet&&) noexcept;
    ~TemplateSet();

    bool has(const std::string& name) const { return templates_.count(name) > 0; }
    // Not thread-safe (kainjow renders through mutable state): one set per thread.
    // Names the view lacks are looked up in `outer`, if given: values many
    // renders share, made once. With `splices`, large values are written as
    // stand-ins, and the caller assembles the result.
    RenderResult render(const std::string& name, const View& view, const View* outer = nullptr,
                        Splices* splices = nullptr);

  private:
    std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> templates_;
    // The splices of the render under way, for the escape function, which
    // kainjow holds from the start; on the heap, so that moving the set
    // leaves it where that function looks.
    std::unique_ptr<const Splices*> splicing_;
};

// What went wrong rendering template `name` with `result`, as messages for
// the theme's author: "the theme has no NAME.mustache", or "NAME.mustache
// uses {{x}}, which WHOSE does not provide" for each name the view lacked.
std::vector<std::string> theme_problems(const TemplateSet& set, const std::string& name,
                                        const RenderResult& result,
                                        const std::string& whose = "its view");

// Inlines {{> name}} partials; throws std::runtime_error on an unknown partial
// or a cycle.
std::string expand_partials(const std::string& name,
                            const std::map<std::string, std::string>& sources, int depth = 0);

}  // namespace copsite
