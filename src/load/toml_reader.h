#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/diagnostic.h"
#include "model/content.h"

// Typed, position-keeping access to one TOML table. Every getter records the
// key as known and reports what is wrong with its value; finish() then reports
// the keys nobody asked for. Loaders never see a toml::node that failed.
namespace copsite {

// One content file being loaded: its path, its bytes and where errors go.
class SourceFile {
  public:
    SourceFile(std::string path, std::string_view text, Diagnostics& diagnostics)
        : path_(std::move(path)), text_(text), diagnostics_(diagnostics) {}

    const std::string& path() const { return path_; }
    void error(SourcePos pos, std::string rule, std::string message, std::string hint = {});
    // Reports what load/markdown_rules.h forbids in a Markdown text.
    void check_markdown(SourcePos start, std::string_view text);
    // Where the characters of a string value begin: past the opening quotes,
    // and on the next line for a """ block that starts with a newline. Markdown
    // positions are offsets from here.
    SourcePos text_start(const toml::node& node);
    // Where the characters of a string value are in the file, if the file
    // holds `value` there byte for byte.
    std::optional<TextSpan> verbatim_span(const toml::node& node, std::string_view value);
    // Where byte `offset` of a string value is in the file, if the file holds
    // the value verbatim; else where the value is.
    SourcePos position_in(const toml::node& node, std::string_view value, std::size_t offset);

  private:
    // The byte offset of a line and column, if the file has them.
    std::optional<std::size_t> offset_of(SourcePos pos);

    std::string path_;
    std::string_view text_;
    Diagnostics& diagnostics_;
    std::vector<std::size_t> line_starts_;  // found as far as asked
};

SourcePos pos_of(const toml::node& node);

enum class Need { required, optional };

class TableReader {
  public:
    // `what` names the table in messages: "a country profile", "an effort".
    TableReader(toml::table& table, SourceFile& file, std::string what);

    std::string text(std::string_view key, Need need);
    // Markdown text, checked (load/markdown_rules.h): also returns where its
    // characters start. Given `span`, a text the file holds verbatim stays
    // there: the span says where, and the result is empty.
    std::string markdown(std::string_view key, Need need, SourcePos& start,
                         std::optional<TextSpan>* span = nullptr);
    std::optional<int> integer(std::string_view key, Need need);
    std::optional<Date> date(std::string_view key, Need need);
    std::optional<Ref> ref(std::string_view key, Need need);
    std::vector<Ref> refs(std::string_view key, Need need);
    // One of a fixed set of words; "" when absent or wrong.
    std::string choice(std::string_view key, Need need,
                       std::initializer_list<std::string_view> allowed);
    std::string url(std::string_view key, Need need);
    // A list of Markdown items, checked, with where each starts.
    std::vector<std::pair<std::string, SourcePos>> markdown_list(std::string_view key, Need need);
    toml::table* table(std::string_view key, Need need);
    std::vector<toml::table*> tables(std::string_view key, Need need);
    // { country = "POL" } or { partner = "unicef" }.
    std::optional<Party> party(std::string_view key, Need need);
    // [[links]] / links = [{ title, url }]
    std::vector<Link> links(std::string_view key);

    void finish();
    SourcePos pos() const { return pos_of(table_); }
    SourceFile& file() { return file_; }

  private:
    toml::node* find(std::string_view key, Need need, std::string_view example);
    // The string value of `key` after the checks every text gets, or null.
    toml::value<std::string>* text_node(std::string_view key, Need need);
    void wrong_type(std::string_view key, const toml::node& node, std::string_view expected);
    // A starter file's "FILL IN: …" left in place.
    void report_placeholder(std::string_view key, const toml::node& node, std::string_view example,
                            Need need);

    toml::table& table_;
    SourceFile& file_;
    std::string what_;
    std::vector<std::string> known_;
};

}  // namespace copsite
