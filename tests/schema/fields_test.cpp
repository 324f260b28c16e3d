#include <catch2/catch.hpp>

#include "load/load_entries.h"
#include "model/fields.h"

using namespace copsite;

namespace {

// A TOML document with every key of `fields` set to its example, less `drop`.
std::string document(const std::vector<Field>& fields, const std::string& drop = {},
                     bool nested = false) {
    std::string keys, tables;
    for (const auto& f : fields) {
        if (f.key == drop) continue;
        if (!nested && f.type == FieldType::tables || f.type == FieldType::entries ||
            (f.type == FieldType::table && f.one_of.empty() && f.any_of.empty())) {
            const auto header = f.type == FieldType::tables  ? "[[" + f.key + "]]"
                                : f.type == FieldType::table ? "[" + f.key + "]"
                                                             : "[" + f.key + ".some-id]";
            tables += "\n" + header + "\n" + document(f.fields, {}, true);
        } else {
            keys += f.key + " = " + f.example + "\n";
        }
    }
    return keys + tables;
}

// What the kind's loader reports about `text`.
Diagnostics load(const std::string& kind, const std::string& text) {
    Diagnostics d;
    auto doc = toml::parse(text);
    SourceFile file("x.toml", text, d);
    if (kind == "country") load_country(doc, file, {"x.toml", "pol"});
    if (kind == "case-study") load_case_study(doc, file, {"x.toml", "x"});
    if (kind == "meeting") load_meeting(doc, file, {"x.toml", "cwg-cop-16"});
    if (kind == "guideline") load_guideline(doc, file, {"x.toml", "x"});
    if (kind == "partner") load_partner(doc, file, {"x.toml", "x"});
    if (kind == "vocabulary") load_vocabulary(doc, file);
    if (kind == "site") load_site_config(doc, file);
    return d;
}

std::string rules(const Diagnostics& d) {
    std::string out;
    for (const auto& e : d.sorted()) out += e.rule + ": " + e.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("the loaders accept every key of the field table, each with its example") {
    for (const auto& kind : content_kinds()) {
        const auto text = document(kind.fields);
        INFO(kind.name << "\n" << text);
        CHECK(rules(load(kind.name, text)) == "");
    }
}

TEST_CASE("the loaders require exactly the keys the field table marks as required") {
    for (const auto& kind : content_kinds())
        for (const auto& f : kind.fields) {
            const auto d = load(kind.name, document(kind.fields, f.key));
            INFO(kind.name << ": without " << f.key << "\n" << rules(d));
            CHECK((rules(d).find("missing-key") != std::string::npos) == f.required);
        }
}

TEST_CASE("the loaders reject a key the field table does not list") {
    for (const auto& kind : content_kinds()) {
        const auto d = load(kind.name, "not_a_key = 1\n" + document(kind.fields));
        INFO(kind.name);
        CHECK(rules(d).find("unknown-key: unknown key \"not_a_key\"") != std::string::npos);
    }
}
