#include "render/templates.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "core/byte_ranges.h"

namespace copsite {

namespace mustache = kainjow::mustache;

namespace {

// kainjow's own context, plus a record of every name that was not found.
class StrictContext final : public mustache::basic_context<std::string> {
  public:
    // Looks names up in `root`, then in `outer`; large values found are
    // written as stand-ins from `splices`, if given.
    StrictContext(const View* root, const View* outer, Splices* splices) : splices_(splices) {
        if (outer) push(outer);
        push(root);
    }

    void push(const View* data) override { items_.insert(items_.begin(), data); }
    void pop() override { items_.erase(items_.begin()); }

    const View* get(const std::string& name) const override {
        const View* found = name == "." ? items_.front() : lookup(name);
        if (!found && std::find(missing_.begin(), missing_.end(), name) == missing_.end())
            missing_.push_back(name);
        return splices_ ? splices_->stand_in(found) : found;
    }
    const View* get_partial(const std::string& name) const override { return get(name); }

    std::vector<std::string> missing() const { return missing_; }

  private:
    const View* lookup(const std::string& name) const {
        const auto dot = name.find('.');
        for (const View* item : items_) {
            if (dot == std::string::npos) {
                if (const View* v = item->get(name)) return v;
                continue;
            }
            const View* v = item;
            std::size_t start = 0;
            while (v && start <= name.size()) {
                const auto end = std::min(name.find('.', start), name.size());
                v = v->get(name.substr(start, end - start));
                start = end + 1;
            }
            if (v) return v;
        }
        return nullptr;
    }

    std::vector<const View*> items_;
    mutable std::vector<std::string> missing_;
    Splices* splices_;
};

// Lets kainjow stream into a std::string without an ostringstream copy.
struct Appender {
    std::string& out;
    Appender& operator<<(const std::string& s) {
        out += s;
        return *this;
    }
};

}  // namespace

// kainjow allocates the list and the string itself, as non-const objects, so
// filling them through the const accessors is well-defined.
View list_view(ViewList items) {
    View v(View::type::list);
    const_cast<ViewList&>(v.list_value()).swap(items);
    return v;
}

View text_view(std::string text) {
    View v(View::type::string);
    const_cast<std::string&>(v.string_value()).swap(text);
    return v;
}

std::string expand_partials(const std::string& name,
                            const std::map<std::string, std::string>& sources, int depth) {
    if (depth > 16) throw std::runtime_error("template partials nest too deeply at " + name);
    auto it = sources.find(name);
    if (it == sources.end()) throw std::runtime_error("unknown template or partial: " + name);
    const std::string& text = it->second;
    std::string out;
    std::size_t at = 0;
    for (auto open = text.find("{{>"); open != std::string::npos; open = text.find("{{>", at)) {
        const auto close = text.find("}}", open);
        if (close == std::string::npos) break;
        std::string partial = text.substr(open + 3, close - open - 3);
        partial.erase(0, partial.find_first_not_of(' '));
        partial.erase(partial.find_last_not_of(' ') + 1);
        out.append(text, at, open - at);
        out += expand_partials(partial, sources, depth + 1);
        at = close + 2;
    }
    out.append(text, at);
    return out;
}

namespace {

// The entity kainjow's html_escape writes for c, or null.
const char* html_entity(char c) {
    switch (c) {
        case '&':
            return "&amp;";
        case '<':
            return "&lt;";
        case '>':
            return "&gt;";
        case '"':
            return "&quot;";
        case '\'':
            return "&apos;";
        default:
            return nullptr;
    }
}

// The next character at or after `from` that needs an entity, or text.size().
std::size_t next_special(const std::string& text, std::size_t from) {
    return find_byte_among(text, from, {'&', '<', '>', '"', '\''});
}

// What kainjow's html_escape writes, entity for entity, but copying the runs
// between special characters at once instead of one character at a time:
// it runs for every value of every page, and most values have none.
std::string escape_html(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t copied = 0;
    for (auto i = next_special(text, 0); i < text.size(); i = next_special(text, i + 1)) {
        out.append(text, copied, i - copied);
        out += html_entity(text[i]);
        copied = i + 1;
    }
    out.append(text, copied);
    return out;
}

constexpr char kStandInStart = '\x01';
constexpr char kStandInEnd = '\x02';
// Shorter values cost less to copy than to stand in for.
constexpr std::size_t kSpliceAtLeast = 512;

}  // namespace

const View* Splices::stand_in(const View* value) {
    if (!value || !value->is_string()) return value;
    const auto& text = value->string_value();
    // kainjow drops a line holding a section tag and only spaces and tabs,
    // so a value of only those must reach it as it is.
    if (text.size() < kSpliceAtLeast || text.find_first_not_of(" \t") == std::string::npos)
        return value;
    std::string mark(1, kStandInStart);
    mark += std::to_string(values_.size());
    mark += kStandInEnd;
    values_.push_back(&text);
    return &stand_ins_.emplace_back(text_view(std::move(mark)));
}

std::string Splices::assemble(std::string_view text) const {
    std::size_t size = text.size();  // enough: each value replaces its stand-in once
    for (const auto* value : values_) size += value->size();
    std::string out;
    out.reserve(size);
    append_assembled(out, text);
    return out;
}

void Splices::append_assembled(std::string& out, std::string_view text) const {
    std::size_t copied = 0;
    for (auto at = text.find(kStandInStart); at != std::string_view::npos;
         at = text.find(kStandInStart, copied)) {
        out.append(text, copied, at - copied);
        std::size_t number = 0;
        auto end = at + 1;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            number = number * 10 + static_cast<std::size_t>(text[end++] - '0');
        if (end == at + 1 || end == text.size() || text[end] != kStandInEnd ||
            number >= values_.size())
            throw std::logic_error("a page holds U+0001 that stands for no value");
        // The page inside the layout holds its own values' stand-ins.
        append_assembled(out, *values_[number]);
        copied = end + 1;
    }
    out.append(text, copied);
}

TemplateSet::TemplateSet(const std::map<std::string, std::string>& sources)
    : splicing_(std::make_unique<const Splices*>(nullptr)) {
    // A value written escaped ({{x}}, not {{{x}}}) is escaped as it is written,
    // stood in for or not: kainjow hands the escape function the stand-in.
    auto escape = [splicing = splicing_.get()](const std::string& text) {
        if (*splicing && text.find(kStandInStart) != std::string::npos)
            return escape_html((*splicing)->assemble(text));
        return escape_html(text);
    };
    for (const auto& [name, text] : sources) {
        if (text.find(kStandInStart) != std::string::npos)
            throw std::runtime_error("template " + name +
                                     " holds U+0001, a character web pages must not contain");
        auto parsed = std::make_unique<mustache::mustache>(expand_partials(name, sources));
        if (!parsed->is_valid())
            throw std::runtime_error("template " + name + ": " + parsed->error_message());
        parsed->set_custom_escape(escape);
        templates_.emplace(name, std::move(parsed));
    }
}

TemplateSet::TemplateSet(TemplateSet&&) noexcept = default;
TemplateSet& TemplateSet::operator=(TemplateSet&&) noexcept = default;
TemplateSet::~TemplateSet() = default;

std::vector<std::string> theme_problems(const TemplateSet& set, const std::string& name,
                                        const RenderResult& result, const std::string& whose) {
    if (!set.has(name)) return {"the theme has no " + name + ".mustache"};
    std::vector<std::string> out;
    for (const auto& missing : result.missing)
        out.push_back(name + ".mustache uses {{" + missing + "}}, which " + whose +
                      " does not provide");
    return out;
}

RenderResult TemplateSet::render(const std::string& name, const View& view, const View* outer,
                                 Splices* splices) {
    auto it = templates_.find(name);
    if (it == templates_.end()) return {{}, {"template " + name + " does not exist"}};
    StrictContext context(&view, outer, splices);
    *splicing_ = splices;
    std::string html;
    html.reserve(16384);
    Appender out{html};
    it->second->render(context, out);
    *splicing_ = nullptr;
    return {std::move(html), context.missing()};
}

}  // namespace copsite
