#include "scaffold/starter_file.h"

#include <sstream>

namespace copsite {

namespace {

// `text` as comment lines of at most 78 characters, each starting with `prefix`.
std::string comment(const std::string& text, const std::string& prefix = "# ") {
    std::istringstream words(text);
    std::string out, line, word;
    while (words >> word) {
        if (!line.empty() && prefix.size() + line.size() + 1 + word.size() > 78) {
            out += prefix + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) out += prefix + line + "\n";
    return out;
}

std::string toml_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

bool is_inline_table(const Field& f) {
    return f.type == FieldType::table && (!f.one_of.empty() || !f.any_of.empty());
}

bool is_section(const Field& f) {
    return (f.type == FieldType::table && !is_inline_table(f)) || f.type == FieldType::tables;
}

// The description with the allowed ids of an id field.
std::string explained(const Field& f, const SchemaIds& ids) {
    std::string text = f.description;
    if (f.type == FieldType::id || f.type == FieldType::ids)
        text += " " + allowed_ids(f.ids, ids).explained;
    if (f.type == FieldType::choice) {
        text += " One of:";
        for (std::size_t i = 0; i < f.choices.size(); ++i) text += (i ? ", " : " ") + f.choices[i];
        text += ".";
    }
    return text;
}

// A value the contributor must replace, of the shape the key takes.
std::string placeholder_value(const Field& f) {
    switch (f.type) {
        case FieldType::markdown:
            return "\"\"\"\nFILL IN: " + f.description + "\n\"\"\"";
        case FieldType::date:
            return placeholder("the date as YYYY-MM-DD, written without quotes, e.g. " + f.example);
        case FieldType::integer:
            return placeholder("a whole number, written without quotes");
        case FieldType::url:
            return placeholder("the full web address, starting with https://");
        case FieldType::id:
            return placeholder("one id from the list above");
        case FieldType::ids:
            return "[" + placeholder("at least one id from the list above") + "]";
        case FieldType::markdown_list:
            return "[" + placeholder(f.description) + "]";
        case FieldType::choice: {
            std::string words;
            for (const auto& c : f.choices) words += (words.empty() ? "" : ", ") + c;
            return placeholder("one of " + words);
        }
        case FieldType::table: {
            if (!f.one_of.empty())  // a party
                return "{ country = " +
                       placeholder(
                           "the Member State's upper-case ISO3 code, e.g. POL; for a "
                           "partner write partner = \"its id\" instead of country") +
                       " }";
            return "{ " + f.any_of.front() + " = " + placeholder(f.description) + " }";
        }
        default:
            return placeholder(f.description);
    }
}

std::string inline_example(const Field& f) {
    return f.example;
}

std::string requirement(const Field& f) {
    return f.required ? " (required)" : " (optional)";
}

void write_key(std::string& out, const Field& f, const StarterSpec& spec, const SchemaIds& ids) {
    out += "\n" + comment(explained(f, ids) + requirement(f));
    if (auto known = spec.known.find(f.key); known != spec.known.end())
        out += f.key + " = " + known->second + "\n";
    else if (f.required)
        out += f.key + " = " + placeholder_value(f) + "\n";
    else if (f.type == FieldType::markdown)
        out += "# " + f.key + " = \"\"\"\n# …\n# \"\"\"\n";
    else
        out += "# " + f.key + " = " + inline_example(f) + "\n";
}

// A table or list of tables the contributor may add: explained, then
// commented out with examples.
void write_closed_section(std::string& out, const Field& f, const std::string& header,
                          const SchemaIds& ids) {
    out += "\n" + comment(f.description + requirement(f));
    for (const auto& sub : f.fields)
        out += comment(sub.key + (sub.required ? " (required): " : ": ") + explained(sub, ids),
                       "#     ");
    out +=
        "# To use it, remove the \"# \" in front of the lines below and replace the "
        "examples.\n";
    out += "# " + header + "\n";
    for (const auto& sub : f.fields) {
        if (sub.type == FieldType::markdown)
            out += "# " + sub.key + " = \"\"\"\n# …\n# \"\"\"\n";
        else
            out += "# " + sub.key + " = " + inline_example(sub) + "\n";
    }
}

void write_open_section(std::string& out, const Field& f, const std::string& header,
                        const StarterSpec& spec, const SchemaIds& ids) {
    out += "\n" + comment(f.description + requirement(f));
    if (f.type == FieldType::tables)
        out += comment("Copy the block from " + header +
                       " for each one; delete it if there is "
                       "none.");
    out += header + "\n";
    for (const auto& sub : f.fields) {
        if (is_section(sub)) {
            out += "\n" + comment(explained(sub, ids) + requirement(sub));
            out += "# " + sub.key + " = " + inline_example(sub) + "\n";
        } else {
            write_key(out, sub, spec, ids);
        }
    }
}

}  // namespace

std::string placeholder(const std::string& what) {
    return toml_string(std::string(kPlaceholderMark) + ": " + what);
}

std::string starter_file(const Kind& kind, const StarterSpec& spec, const SchemaIds& ids) {
    std::string out = "#:schema " + spec.schema_path + "\n" + spec.heading;
    out += comment(
        "Replace every \"FILL IN: …\" with your text (copsite check lists those left). "
        "Lines that start with # are notes and are not published; to use an optional "
        "key, remove the \"# \" in front of it. Text goes in double quotes, text of "
        "several lines in triple quotes \"\"\" … \"\"\", dates and numbers without "
        "quotes. The keys are explained in docs/content-model.md.");
    for (const auto& f : kind.fields) {
        if (!is_section(f)) {
            write_key(out, f, spec, ids);
            continue;
        }
        const auto header = f.type == FieldType::tables ? "[[" + f.key + "]]" : "[" + f.key + "]";
        if (spec.open_tables.contains(f.key))
            write_open_section(out, f, header, spec, ids);
        else
            write_closed_section(out, f, header, ids);
    }
    return out;
}

}  // namespace copsite
