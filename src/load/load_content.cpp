#include "load/load_content.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "core/parallel.h"
#include "core/text.h"
#include "load/load_entries.h"
#include "load/load_member_states.h"
#include "load/toml_parse.h"
#include "load/toml_reader.h"

namespace copsite {

namespace {

// toml++ explains what it expected; add how a contributor usually fixes it.
std::string syntax_hint(std::string_view description) {
    if (description.find("date") != std::string_view::npos)
        return "dates are written YYYY-MM-DD without quotes, and must exist in the calendar";
    if (description.find("string") != std::string_view::npos)
        return "a text value ends with a closing \" on the same line; write \"\"\" … \"\"\" "
               "around text that spans several lines";
    if (description.find("already") != std::string_view::npos)
        return "each key may appear only once in a table; remove or rename the repeated one";
    return "check the quotes, brackets and commas around this place; text values need double "
           "quotes and lists need square brackets";
}

// Parses one file and hands the document to `use`; syntax errors become
// diagnostics. Returns false if the file could not be read or parsed.
bool with_document(const FileSystem& files, const std::string& path, Diagnostics& diagnostics,
                   const std::function<void(toml::table&, SourceFile&)>& use) {
    const auto bytes = files.read(path);
    if (!bytes) {
        diagnostics.error(path, {}, "unreadable", "cannot read this file");
        return false;
    }
    SourceFile file(path, *bytes, diagnostics);
    try {
        toml::table doc = parse_toml(*bytes);
        use(doc, file);
        return true;
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        file.error({static_cast<int>(begin.line), static_cast<int>(begin.column)}, "toml-syntax",
                   "this is not valid TOML: " + std::string(e.description()),
                   syntax_hint(e.description()));
        return false;
    }
}

// What a file name (without .toml) must look like. Plain functions, not
// std::regex, which took longer per file than reading it.
bool is_country_file_id(std::string_view id) {  // [a-z]{3}
    return id.size() == 3 &&
           std::all_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_meeting_file_id(std::string_view id) {  // cwg-cop-[1-9][0-9]*
    constexpr std::string_view prefix = "cwg-cop-";
    if (!id.starts_with(prefix) || id.size() == prefix.size() || id[prefix.size()] == '0')
        return false;
    return std::all_of(id.begin() + prefix.size(), id.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

struct KindRules {
    std::string dir;                     // "content/countries"
    std::string what;                    // "country"
    bool (*valid_id)(std::string_view);  // is_slug, is_country_file_id, …
    std::string id_help;                 // how to name the file
};

std::string_view file_name(std::string_view path) {
    return path.substr(path.find_last_of('/') + 1);
}

std::string_view file_stem(std::string_view path) {
    const auto name = file_name(path);
    return name.substr(0, name.size() - std::min<std::size_t>(name.size(), 5));  // ".toml"
}

bool is_ignored(std::string_view path) {
    const auto name = file_name(path);
    return name.starts_with(".") || name == "README.md";
}

// The files of a folder, ordered by the ids their names give (a-b.toml sorts
// before a.toml by path, after it by id), ties in path order. The paths are
// ordered, not the entries loaded from them: the listing has just made the
// paths, while comparing 10,000 entries' ids read objects other threads had
// written (11 ms of a 1.9 s build at 10k), and sorting them would move each
// a dozen times.
std::vector<std::string> list_in_id_order(const FileSystem& files, const std::string& dir) {
    auto paths = files.list(dir);
    const auto by_id = [](const std::string& a, const std::string& b) {
        return file_stem(a) < file_stem(b);
    };
    if (!std::is_sorted(paths.begin(), paths.end(), by_id))
        std::stable_sort(paths.begin(), paths.end(), by_id);
    return paths;
}

// Loads every file of one kind in parallel; results keep that order, so the
// outcome does not depend on thread timing.
template <class T>
std::vector<T> load_kind(const FileSystem& files, const KindRules& rules, unsigned threads,
                         Diagnostics& diagnostics, T (*load)(toml::table&, SourceFile&, Origin)) {
    const auto paths = list_in_id_order(files, rules.dir);
    // One vector, compacted afterwards: a second to move the loaded entries
    // into was, at 50,000 case studies, 28 MB more at the peak of a build.
    std::vector<T> results(paths.size());
    std::vector<char> loaded(paths.size(), 0);
    std::vector<Diagnostics> problems(paths.size());
    parallel_for(paths.size(), threads, [&](std::size_t i) {
        const auto& path = paths[i];
        if (is_ignored(path)) return;
        if (!path.ends_with(".toml")) {
            problems[i].error(path, {}, "not-toml", "this file is not a .toml file",
                              "content files end in .toml; move other files out of " + rules.dir);
            return;
        }
        const auto id = std::string(file_stem(path));
        if (!rules.valid_id(id)) {
            problems[i].error(
                path, {}, "bad-file-name",
                "the file name \"" + id + ".toml\" is not a valid " + rules.what + " id",
                rules.id_help);
            return;
        }
        const bool parsed =
            with_document(files, path, problems[i], [&](toml::table& doc, SourceFile& file) {
                results[i] = load(doc, file, Origin{path, id});
            });
        // A file that does not parse still claims its id, so references to it
        // do not add a second, misleading error.
        if (!parsed) results[i].origin = Origin{path, id};
        loaded[i] = 1;
    });
    std::size_t kept = 0;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        diagnostics.append(std::move(problems[i]));
        if (!loaded[i]) continue;
        if (kept != i) results[kept] = std::move(results[i]);
        ++kept;
    }
    results.erase(results.begin() + static_cast<std::ptrdiff_t>(kept), results.end());
    return results;
}

const std::string kSlugHelp =
    "use lower-case letters, digits and single hyphens, e.g. safer-internet-day.toml";

}  // namespace

Loaded load_content(const FileSystem& files, unsigned threads) {
    Loaded out;
    auto& d = out.diagnostics;
    auto& c = out.content;
    if (!files.exists("site.toml"))
        d.error("site.toml", {}, "missing-file", "site.toml is missing",
                "run copsite in the repository's root folder, or pass --root DIR");
    else
        with_document(files, "site.toml", d, [&](toml::table& doc, SourceFile& file) {
            c.site = load_site_config(doc, file);
        });
    with_document(files, "content/vocabulary.toml", d, [&](toml::table& doc, SourceFile& file) {
        c.vocabulary = load_vocabulary(doc, file);
    });
    const auto slug = &is_slug;
    c.countries = load_kind<Country>(
        files,
        {"content/countries", "country", &is_country_file_id,
         "name country files by the ISO 3166-1 alpha-3 code in lower case, e.g. pol.toml"},
        threads, d, &load_country);
    c.case_studies =
        load_kind<CaseStudy>(files, {"content/case-studies", "case-study", slug, kSlugHelp},
                             threads, d, &load_case_study);
    c.meetings =
        load_kind<Meeting>(files,
                           {"content/meetings", "meeting", &is_meeting_file_id,
                            "name meeting files cwg-cop-<number>.toml, e.g. cwg-cop-16.toml"},
                           threads, d, &load_meeting);
    std::stable_sort(c.meetings.begin(), c.meetings.end(),
                     [](const Meeting& a, const Meeting& b) { return a.number < b.number; });
    c.guidelines = load_kind<Guideline>(files, {"content/guidelines", "guideline", slug, kSlugHelp},
                                        threads, d, &load_guideline);
    c.partners = load_kind<Partner>(files, {"content/partners", "partner", slug, kSlugHelp},
                                    threads, d, &load_partner);
    if (const auto tsv = files.read(kMemberStatesPath))
        c.member_states = parse_member_states(*tsv, kMemberStatesPath, d);
    return out;
}

}  // namespace copsite
