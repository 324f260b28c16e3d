#include "load/toml_reader.h"

#include <algorithm>

#include "core/edit_distance.h"
#include "core/text.h"
#include "load/markdown_rules.h"

namespace copsite {

namespace {

std::string type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return "text";
        case toml::node_type::integer:
            return "a whole number";
        case toml::node_type::floating_point:
            return "a decimal number";
        case toml::node_type::boolean:
            return "true/false";
        case toml::node_type::date:
            return "a date";
        case toml::node_type::time:
            return "a time";
        case toml::node_type::date_time:
            return "a date and time";
        case toml::node_type::array:
            return "a list";
        case toml::node_type::table:
            return "a table";
        default:
            return "empty";
    }
}

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += sep;
        out += item;
    }
    return out;
}

// Starter files (copsite new) hold "FILL IN: what to write" where only the
// contributor knows the value.
constexpr std::string_view kPlaceholder = "FILL IN";

bool is_placeholder(const toml::node& node) {
    const auto* s = node.as_string();
    if (!s) return false;
    const auto& text = s->get();
    const auto start = text.find_first_not_of(" \t\r\n");
    return start != std::string::npos &&
           std::string_view(text).substr(start).starts_with(kPlaceholder);
}

}  // namespace

SourcePos pos_of(const toml::node& node) {
    const auto& begin = node.source().begin;
    return {static_cast<int>(begin.line), static_cast<int>(begin.column)};
}

void SourceFile::error(SourcePos pos, std::string rule, std::string message, std::string hint) {
    diagnostics_.error(path_, pos, std::move(rule), std::move(message), std::move(hint));
}

void SourceFile::check_markdown(SourcePos start, std::string_view text) {
    copsite::check_markdown(path_, start, text, diagnostics_);
}

std::optional<std::size_t> SourceFile::offset_of(SourcePos pos) {
    // Only the lines up to the value are found: a body's own lines are
    // most of the file.
    if (line_starts_.empty()) line_starts_.push_back(0);
    while (pos.line >= 1 && line_starts_.size() < static_cast<std::size_t>(pos.line)) {
        const auto nl = text_.find('\n', line_starts_.back());
        if (nl == std::string_view::npos) break;
        line_starts_.push_back(nl + 1);
    }
    if (pos.line < 1 || static_cast<std::size_t>(pos.line) > line_starts_.size())
        return std::nullopt;
    // Columns count code points; walk the line to find the byte offset.
    std::size_t at = line_starts_[pos.line - 1];
    for (int col = 1; col < pos.column && at < text_.size(); ++at)
        if ((static_cast<unsigned char>(text_[at]) & 0xC0) != 0x80) ++col;
    while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    return at;
}

namespace {

// How many bytes of `rest`, the text from a string value's node on, come
// before its characters: the quotes, and a line break right after """.
std::size_t opening_length(std::string_view rest) {
    if (!rest.starts_with("\"\"\"") && !rest.starts_with("\'\'\'")) return 1;
    if (rest.substr(3).starts_with("\n")) return 4;
    if (rest.substr(3).starts_with("\r\n")) return 5;
    return 3;
}

}  // namespace

SourcePos SourceFile::text_start(const toml::node& node) {
    const SourcePos pos = pos_of(node);
    const auto at = offset_of(pos);
    if (!at) return pos;
    const auto skip = opening_length(text_.substr(*at));
    if (skip > 3) return {pos.line + 1, 1};
    return {pos.line, pos.column + static_cast<int>(skip)};
}

std::optional<TextSpan> SourceFile::verbatim_span(const toml::node& node, std::string_view value) {
    const auto at = offset_of(pos_of(node));
    if (!at) return std::nullopt;
    const auto start = *at + opening_length(text_.substr(*at));
    if (text_.substr(start, value.size()) != value) return std::nullopt;
    return TextSpan{start, value.size(), text_hash(value)};
}

SourcePos SourceFile::position_in(const toml::node& node, std::string_view value,
                                  std::size_t offset) {
    if (!verbatim_span(node, value)) return pos_of(node);
    return position_within(text_start(node), value, offset);
}

TableReader::TableReader(toml::table& table, SourceFile& file, std::string what)
    : table_(table), file_(file), what_(std::move(what)) {}

toml::node* TableReader::find(std::string_view key, Need need, std::string_view example) {
    known_.emplace_back(key);
    toml::node* node = table_.get(key);
    if (!node && need == Need::required) {
        file_.error(pos(), "missing-key", "missing required key " + quoted(key) + " in " + what_,
                    "add a line: " + std::string(key) + " = " + std::string(example));
    }
    if (node && is_placeholder(*node)) {
        report_placeholder(key, *node, example, need);
        return nullptr;
    }
    return node;
}

void TableReader::report_placeholder(std::string_view key, const toml::node& node,
                                     std::string_view example, Need need) {
    auto asked = std::string(*node.value<std::string_view>());
    asked = asked.substr(asked.find(kPlaceholder) + kPlaceholder.size());
    while (!asked.empty() && (asked.front() == ':' || asked.front() == ' ')) asked.erase(0, 1);
    while (!asked.empty() && (asked.back() == '\n' || asked.back() == ' ')) asked.pop_back();
    file_.error(pos_of(node), "placeholder",
                quoted(key) + " in " + what_ + " is not filled in yet: " + asked,
                "replace the placeholder, quotes included, with a value written like this: " +
                    std::string(key) + " = " + std::string(example) +
                    (need == Need::optional ? ", or remove the line" : ""));
}

void TableReader::wrong_type(std::string_view key, const toml::node& node,
                             std::string_view expected) {
    std::string hint;
    if (node.is_string() && (expected == "a date" || expected == "a whole number"))
        hint = "write it without quotes, e.g. " + std::string(key) +
               (expected == "a date" ? " = 2020-02-04" : " = 2020");
    else if (expected == "a list" && node.is_string())
        hint = "put the value in square brackets: " + std::string(key) + " = [\"" +
               std::string(*node.value<std::string_view>()) + "\"]";
    else if (expected == "text")
        hint = "put the value in double quotes: " + std::string(key) + " = \"…\"";
    file_.error(pos_of(node), "wrong-type",
                quoted(key) + " must be " + std::string(expected) + ", not " + type_name(node),
                hint);
}

toml::value<std::string>* TableReader::text_node(std::string_view key, Need need) {
    auto* node = find(key, need, "\"…\"");
    if (!node) return nullptr;
    auto* s = node->as_string();
    if (!s) {
        wrong_type(key, *node, "text");
        return nullptr;
    }
    const bool blank = s->get().find_first_not_of(" \t\r\n") == std::string::npos;
    if (blank && need == Need::required)
        file_.error(pos_of(*node), "empty-text", quoted(key) + " is empty",
                    "write at least one sentence, or remove the key if it is optional");
    if (const auto bad = find_forbidden_character(s->get())) {
        const bool control = bad->code_point < 0xA0;
        const auto name = code_point_name(bad->code_point);
        file_.error(file_.position_in(*node, s->get(), bad->offset), "forbidden-character",
                    quoted(key) + " contains " + name + ", " +
                        (control ? "a control character" : "a noncharacter") +
                        " that web pages must not contain",
                    "delete it: most editors do not show it (TOML can also write it as \\u" +
                        name.substr(2) + ")");
    }
    return s;
}

std::string TableReader::text(std::string_view key, Need need) {
    const auto* s = text_node(key, need);
    return s ? s->get() : std::string();
}

std::string TableReader::markdown(std::string_view key, Need need, SourcePos& start,
                                  std::optional<TextSpan>* span) {
    auto* s = text_node(key, need);
    if (!s) return {};
    start = file_.text_start(*s);
    file_.check_markdown(start, s->get());
    if (span && (*span = file_.verbatim_span(*s, s->get()))) return {};
    // Bodies are most of the content: moved out of the document, not copied.
    return std::move(s->get());
}

std::optional<int> TableReader::integer(std::string_view key, Need need) {
    const auto* node = find(key, need, "2020");
    if (!node) return std::nullopt;
    const auto* i = node->as_integer();
    if (!i) {
        wrong_type(key, *node, "a whole number");
        return std::nullopt;
    }
    if (i->get() < 0 || i->get() > 1'000'000'000) {
        file_.error(pos_of(*node), "out-of-range", quoted(key) + " is out of range",
                    "write a positive whole number");
        return std::nullopt;
    }
    return static_cast<int>(i->get());
}

std::optional<Date> TableReader::date(std::string_view key, Need need) {
    const auto* node = find(key, need, "2020-02-04");
    if (!node) return std::nullopt;
    if (const auto* d = node->as_date()) {
        const auto& v = d->get();
        Date date{static_cast<int>(v.year), static_cast<int>(v.month), static_cast<int>(v.day)};
        if (!is_valid_date(date.year, date.month, date.day)) {
            file_.error(pos_of(*node), "invalid-date",
                        quoted(key) + " is not a real calendar date: " + date.iso(),
                        "check the month and the day");
            return std::nullopt;
        }
        return date;
    }
    if (node->is_date_time()) {
        file_.error(pos_of(*node), "wrong-type",
                    quoted(key) + " must be a date without a time of day",
                    "write only the date, e.g. " + std::string(key) + " = 2020-02-04");
        return std::nullopt;
    }
    wrong_type(key, *node, "a date");
    return std::nullopt;
}

std::optional<Ref> TableReader::ref(std::string_view key, Need need) {
    const auto* node = find(key, need, "\"…\"");
    if (!node) return std::nullopt;
    const auto* s = node->as_string();
    if (!s) {
        wrong_type(key, *node, "text");
        return std::nullopt;
    }
    return Ref{s->get(), pos_of(*node)};
}

std::vector<Ref> TableReader::refs(std::string_view key, Need need) {
    std::vector<Ref> out;
    const auto* node = find(key, need, "[\"…\"]");
    if (!node) return out;
    const auto* array = node->as_array();
    if (!array) {
        wrong_type(key, *node, "a list");
        return out;
    }
    for (const auto& item : *array) {
        if (is_placeholder(item))
            report_placeholder(key, item, "[\"…\"]", need);
        else if (const auto* s = item.as_string())
            out.push_back({s->get(), pos_of(item)});
        else
            file_.error(pos_of(item), "wrong-type",
                        "each item of " + quoted(key) + " must be text, not " + type_name(item),
                        "write ids in double quotes: " + std::string(key) + " = [\"…\"]");
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (out[i].id == out[j].id) {
                file_.error(out[i].pos, "duplicate-id",
                            quoted(out[i].id) + " appears twice in " + quoted(key),
                            "remove one of them");
                break;
            }
    if (out.empty() && need == Need::required && array->empty())
        file_.error(pos_of(*node), "empty-list", quoted(key) + " needs at least one item", "");
    return out;
}

std::string TableReader::choice(std::string_view key, Need need,
                                std::initializer_list<std::string_view> allowed) {
    const auto* node = find(key, need, quoted(*allowed.begin()));
    if (!node) return {};
    const auto* s = node->as_string();
    if (!s) {
        wrong_type(key, *node, "text");
        return {};
    }
    std::vector<std::string> words(allowed.begin(), allowed.end());
    if (std::find(words.begin(), words.end(), s->get()) != words.end()) return s->get();
    auto near = closest_match(s->get(), words);
    file_.error(pos_of(*node), "not-allowed",
                quoted(key) + " must be one of " + join(words, ", ") + ", not " + quoted(s->get()),
                near ? "did you mean " + quoted(*near) + "?" : "");
    return {};
}

std::string TableReader::url(std::string_view key, Need need) {
    std::string value = text(key, need);
    if (value.empty()) return value;
    if (!is_allowed_url(value)) {
        file_.error(pos_of(*table_.get(key)), "bad-url",
                    quoted(key) + " " + quoted(value) +
                        " is not a web address copsite can publish: it must start with "
                        "https://, http:// or mailto: and contain no spaces",
                    "write the full address, e.g. https://www.itu.int/cop");
        return {};
    }
    return value;
}

std::vector<std::pair<std::string, SourcePos>> TableReader::markdown_list(std::string_view key,
                                                                          Need need) {
    std::vector<std::pair<std::string, SourcePos>> out;
    const auto* node = find(key, need, "[\"…\"]");
    if (!node) return out;
    const auto* array = node->as_array();
    if (!array) {
        wrong_type(key, *node, "a list");
        return out;
    }
    for (const auto& item : *array) {
        if (is_placeholder(item))
            report_placeholder(key, item, "[\"…\"]", need);
        else if (const auto* s = item.as_string()) {
            out.emplace_back(s->get(), file_.text_start(item));
            file_.check_markdown(out.back().second, out.back().first);
        } else
            file_.error(pos_of(item), "wrong-type",
                        "each item of " + quoted(key) + " must be text, not " + type_name(item));
    }
    return out;
}

toml::table* TableReader::table(std::string_view key, Need need) {
    auto* node = find(key, need, "{ … }");
    if (!node) return nullptr;
    auto* t = node->as_table();
    if (!t) wrong_type(key, *node, "a table");
    return t;
}

std::vector<toml::table*> TableReader::tables(std::string_view key, Need need) {
    std::vector<toml::table*> out;
    auto* node = find(key, need, "[{ … }]");
    if (!node) return out;
    auto* array = node->as_array();
    if (!array) {
        wrong_type(key, *node, "a list of tables ([[" + std::string(key) + "]])");
        return out;
    }
    for (auto& item : *array) {
        if (auto* t = item.as_table())
            out.push_back(t);
        else
            file_.error(pos_of(item), "wrong-type",
                        "each item of " + quoted(key) + " must be a table, not " + type_name(item),
                        "write [[" + std::string(key) + "]] and its keys on the lines below");
    }
    return out;
}

std::optional<Party> TableReader::party(std::string_view key, Need need) {
    auto* node = find(key, need, "{ country = \"POL\" }");
    if (!node) return std::nullopt;
    auto* t = node->as_table();
    if (!t) {
        wrong_type(key, *node, "a table such as { country = \"POL\" } or { partner = \"unicef\" }");
        return std::nullopt;
    }
    TableReader reader(*t, file_, quoted(key));
    auto country = reader.ref("country", Need::optional);
    auto partner = reader.ref("partner", Need::optional);
    reader.finish();
    const bool unfilled =
        std::any_of(t->begin(), t->end(), [](const auto& kv) { return is_placeholder(kv.second); });
    if (unfilled) return std::nullopt;  // reported by ref()
    if (country.has_value() == partner.has_value()) {
        file_.error(pos_of(*node), "party",
                    quoted(key) + " must name exactly one country or one partner",
                    "write " + std::string(key) + " = { country = \"POL\" } or " +
                        std::string(key) + " = { partner = \"unicef\" }");
        return std::nullopt;
    }
    if (country) return Party{Party::Kind::country, *country};
    return Party{Party::Kind::partner, *partner};
}

std::vector<Link> TableReader::links(std::string_view key) {
    std::vector<Link> out;
    for (auto* t : tables(key, Need::optional)) {
        TableReader reader(*t, file_, "a link");
        Link link{reader.text("title", Need::required), reader.url("url", Need::required)};
        reader.finish();
        if (!link.url.empty()) out.push_back(std::move(link));
    }
    return out;
}

void TableReader::finish() {
    for (const auto& [key, node] : table_) {
        if (std::find(known_.begin(), known_.end(), key.str()) != known_.end()) continue;
        const auto& begin = key.source().begin;
        SourcePos at{static_cast<int>(begin.line), static_cast<int>(begin.column)};
        if (at.line == 0) at = pos_of(node);
        auto near = closest_match(key.str(), known_);
        file_.error(at, "unknown-key", "unknown key " + quoted(key.str()) + " in " + what_,
                    near ? "did you mean " + quoted(*near) + "?"
                         : "the keys " + what_ + " can have are: " + join(known_, ", "));
    }
}

}  // namespace copsite
