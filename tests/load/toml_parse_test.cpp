#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "load/toml_parse.h"

using namespace copsite;

namespace {

// Every node with its path, type, position and value: two parses that give
// the same description agree on everything the loader can see.
void describe(const toml::node& node, const std::string& path, std::ostringstream& out) {
    const auto& at = node.source().begin;
    out << path << " " << static_cast<int>(node.type()) << " @" << at.line << ":" << at.column;
    if (const auto* text = node.as_string()) out << " = [" << text->get() << "]";
    out << "\n";
    if (const auto* table = node.as_table())
        for (auto&& [key, value] : *table) {
            out << "key " << key.str() << " @" << key.source().begin.line << ":"
                << key.source().begin.column << "\n";
            describe(value, path + "." + std::string(key.str()), out);
        }
    if (const auto* array = node.as_array())
        for (std::size_t i = 0; i < array->size(); ++i)
            describe(*array->get(i), path + "[" + std::to_string(i) + "]", out);
}

std::string outcome(std::string_view text, toml::table (*parse)(std::string_view)) {
    std::ostringstream out;
    try {
        describe(parse(text), "", out);
    } catch (const toml::parse_error& e) {
        out << "error @" << e.source().begin.line << ":" << e.source().begin.column << " "
            << e.description();
    }
    return out.str();
}

toml::table plain_toml(std::string_view text) {
    return toml::parse(text);
}

// Several lines of Markdown, long enough to be cut out.
std::string long_text(const std::string& extra = "") {
    std::string text;
    for (int i = 0; i < 8; ++i)
        text += "Line " + std::to_string(i) +
                " of a *case study* with `code`, a [link](https://x.org) "
                "and 'quotes' \"too\".\n";
    return text + extra;
}

void same_as_toml_plus_plus(const std::string& text) {
    INFO(text);
    CHECK(outcome(text, &parse_toml) == outcome(text, &plain_toml));
}

}  // namespace

TEST_CASE("parse_toml gives the values and positions toml++ gives") {
    const auto body = long_text();
    same_as_toml_plus_plus("title = \"A\"\nbody = \"\"\"\n" + body + "\"\"\"\nsummary = \"S\"\n");
    same_as_toml_plus_plus("body = \"\"\"" + body + "last line, é ü 😀 ✓\"\"\" # note\nx = 1\n");
    same_as_toml_plus_plus("body = '''\n" + long_text("C:\\path\\ and \\n stay\n") + "'''\ny = 2");
    same_as_toml_plus_plus("[[efforts]]\ndescription = \"\"\"\n" + body +
                           "\"\"\"\n[[efforts]]\ndescription = \"\"\"\n" + body + "é\"\"\"\n" +
                           "[evaluation]\nfindings = \"\"\"\n" + body + "\"\"\"\nmethod = \"m\"\n");
    same_as_toml_plus_plus("links = [\"\"\"" + body + "\"\"\", '''" + body + "''']\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + body + "\"\"\"");  // no newline at the end
    same_as_toml_plus_plus(
        "\xEF\xBB\xBF"
        "body = \"\"\"" +
        body + "\"\"\"\nz = 3\n");  // BOM
}

TEST_CASE("parse_toml reads line endings, quotes and escapes as toml++ does") {
    std::string crlf;
    for (char c : "body = \"\"\"\n" + long_text() + "\"\"\"\nnext = \"n\"\n") {
        if (c == '\n') crlf += '\r';
        if (c) crlf += c;
    }
    same_as_toml_plus_plus(crlf);
    same_as_toml_plus_plus("body = \"\"\"\r\n" + long_text() + "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"" + long_text("ends in a quote\"") + "\"\"\"\nq = 1\n");
    same_as_toml_plus_plus("body = \"\"\"" + long_text("ends in two quotes\"\"") + "\"\"\"\n");
    same_as_toml_plus_plus("body = '''" + long_text("ends in a quote'") + "'''\n");
    same_as_toml_plus_plus("body = \"\"\"" + long_text("an escape: \\t and \\\"\"\" inside") +
                           "\"\"\"\nafter = 1\n");
    same_as_toml_plus_plus("body = \"\"\"" + long_text("a line-ending backslash \\\n   joins") +
                           "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + long_text("\ttabs\tinside\t") + "\"\"\"\n");
}

TEST_CASE("parse_toml is not fooled by delimiters in comments and other strings") {
    const auto body = long_text();
    same_as_toml_plus_plus(
        "# a comment with \"\"\" in it\na = \"one \\\"\\\"\\\" line\"\nb = '\"\"\"'\n"
        "c = '''x \"\"\" y'''\nbody = \"\"\"\n" +
        body + "\"\"\"\n");
    same_as_toml_plus_plus("\"quoted key\" = \"\"\"\n" + body + "\"\"\"\n'lit' = 1\n");
    same_as_toml_plus_plus("body = \"\"\"\n# not a comment\n" + body + "'''\n\"\"\"\n");
    same_as_toml_plus_plus("t = { a = 1, b = \"\"\"" + std::string(300, 'x') + "\"\"\" }\n");
}

TEST_CASE("parse_toml reads long one-line strings as toml++ does") {
    const std::string line = "A summary of a case study, long enough to be cut out";
    const auto body = long_text();
    same_as_toml_plus_plus("title = \"" + line + "\"\nsummary = '" + line + "'\nx = 1\n");
    same_as_toml_plus_plus("title = \"" + line + "\"  \t# a comment\r\nnext = \"" + line + "\"");
    same_as_toml_plus_plus("a = [\"" + line + "\", \"" + line + "\"]\nb = [\n  \"" + line +
                           "\"\n]\n");
    same_as_toml_plus_plus("t = { a = \"" + line + "\", b = 1 }\n\"" + line + "\" = 2\n");
    same_as_toml_plus_plus("[[links]]\ntitle = \"" + line + " é ü 😀\"\nurl = \"https://x.org/" +
                           line + "\"\n[[links]]\ntitle = \"\ttabs\t" + line + "\"\n");
    same_as_toml_plus_plus("a = \"" + line + " with \\\"escapes\\\" \\u00e9\"\nb = '" + line +
                           " C:\\path \"q\"'\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + body + "\"\"\"\nsummary = \"" + line +
                           "\"\nmethod = \"" + line + "\"\n");
}

TEST_CASE("parse_toml reports the errors toml++ reports, where toml++ reports them") {
    const auto body = long_text();
    same_as_toml_plus_plus("body = \"\"\"\n" + body + "\"\"\"\nx = = 1\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + body + "\"\"\"\nbody = \"again\"\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + body + "no end\n");
    same_as_toml_plus_plus("body = '''\n" + body + "no end\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + long_text("bad \xC3\x28 utf-8") + "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + long_text("overlong \xC0\xAF") + "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + long_text("surrogate \xED\xA0\x80") + "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + long_text("control \x01 char") + "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + long_text("delete \x7F char") + "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"\n" + long_text("lone \r carriage return") + "\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"" + long_text() + "\"\"\"\"\"\"\n");
    same_as_toml_plus_plus("body = \"\"\"" + long_text() + "\"\"\" trailing\n");
    same_as_toml_plus_plus("a = \"unterminated\nbody = \"\"\"\n" + body + "\"\"\"\n");
    const std::string line = "A summary of a case study, long enough to be cut out";
    same_as_toml_plus_plus("a = \"" + line + "\"\nx = = 1\n");
    same_as_toml_plus_plus("a = \"" + line + "\"\na = \"" + line + "\"\n");
    same_as_toml_plus_plus("a = \"" + line + "\" b\n");
    same_as_toml_plus_plus("a = \"" + line + "\"\rb = 1\n");
    same_as_toml_plus_plus("a = \"" + line + " \x01 control\"\n");
    same_as_toml_plus_plus("a = \"" + line + " bad \xC3\x28 utf-8\"\n");
    same_as_toml_plus_plus("a = \"" + line + " unterminated\\\"\nb = 1\n");
    same_as_toml_plus_plus("a = '" + line + " unterminated\nb = 1\n");
    same_as_toml_plus_plus("a = \"" + line + "\" # bad \x01 comment\n");
    same_as_toml_plus_plus("a = \"" + line + "\"\n[a]\n");
    // Bodies are checked 8 bytes at a time: a bad byte is found at any place in a word.
    for (const std::string bad : {"\x01", "\x7F", "\\", "\xC3\x28", "\x1F"})
        for (std::size_t at = 0; at < 9; ++at) {
            auto text = long_text();
            text.insert(100 + at, bad);
            same_as_toml_plus_plus("body = \"\"\"\n" + text + "\"\"\"\n");
        }
}
