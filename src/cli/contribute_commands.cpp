#include <chrono>
#include <filesystem>
#include <optional>

#include "check/check_content.h"
#include "cli/commands.h"
#include "core/parallel.h"
#include "core/report_diagnostics.h"
#include "core/write_file.h"
#include "load/load_content.h"
#include "load/load_member_states.h"
#include "scaffold/scaffold.h"
#include "schema/json_schema.h"

// The commands that help contributors: copsite schema and copsite new.
namespace copsite {

namespace fs = std::filesystem;

namespace {

// The schemas `files` call for, or nullopt after reporting why not.
std::optional<std::vector<SchemaFile>> make_schemas(const FileSystem& files, std::ostream& err) {
    Diagnostics diagnostics;
    auto loaded = load_content(files, default_threads());
    diagnostics = std::move(loaded.diagnostics);
    auto linked = check_and_link(std::move(loaded.content), diagnostics);
    if (!diagnostics.empty()) {
        const auto sorted = diagnostics.sorted();
        err << format_human(sorted, files) << summarize(sorted)
            << "; fix them first, the schemas are made from the content.\n";
        return std::nullopt;
    }
    return content_schemas(schema_ids(linked.content));
}

Date today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{now};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

int run_schema(const SchemaOptions& options, std::ostream& out, std::ostream& err) {
    if (!fs::is_directory(options.root)) {
        err << "copsite: " << options.root.string() << " is not a folder\n";
        return 2;
    }
    DiskFileSystem files(options.root);
    const auto schemas = make_schemas(files, err);
    if (!schemas) return 1;
    const fs::path dir = options.out.empty() ? options.root / kSchemaDir : options.out;
    std::size_t stale = 0;
    for (const auto& schema : *schemas) {
        const auto path = dir / schema.name;
        if (read_file(path) == schema.json) continue;
        ++stale;
        if (options.check) {
            err << path.string() << " is out of date: run copsite schema to write it again\n";
            continue;
        }
        std::string error;
        if (!write_file_atomically(path, schema.json, error)) {
            err << "copsite: " << error << "\n";
            return 2;
        }
    }
    if (options.check) return stale ? 1 : 0;
    out << "Wrote " << stale << " of " << schemas->size() << " schemas in " << dir.string()
        << (stale < schemas->size() ? " (the others were up to date)\n" : "\n");
    return 0;
}

int run_new(const NewOptions& options, std::ostream& out, std::ostream& err) {
    if (!fs::is_directory(options.root)) {
        err << "copsite: " << options.root.string() << " is not a folder\n";
        return 2;
    }
    DiskFileSystem files(options.root);
    // The starter file lists the ids the content defines; a file with errors
    // elsewhere still gets one.
    auto loaded = load_content(files, default_threads());
    if (loaded.content.member_states.empty() && options.kind == "country") {
        err << "copsite: " << kMemberStatesPath << " is missing: it names each Member State\n";
        return 2;
    }
    const auto ids = schema_ids(loaded.content);
    const auto result = options.kind == "country" ? scaffold_country(options.name, ids, today())
                        : options.kind == "case-study"
                            ? scaffold_case_study(options.name, ids, today())
                            : scaffold_meeting(options.name, ids);
    if (!result.error.empty()) {
        err << "copsite: " << result.error << "\n  hint: " << result.hint << "\n";
        return 2;
    }
    const auto path = options.root / result.file.path;
    if (fs::exists(path)) {
        err << "copsite: " << result.file.path << " already exists; copsite new never overwrites "
            << "a file\n  hint: edit that file, or move it away first to start again\n";
        return 2;
    }
    std::string error;
    if (!write_file_atomically(path, result.file.text, error)) {
        err << "copsite: " << error << "\n";
        return 2;
    }
    out << "Wrote " << result.file.path << "\n"
        << "Next: replace every \"FILL IN: …\" in it, then run copsite check.\n";
    if (options.kind == "meeting")
        out << "Meeting ids are listed in schemas/: run copsite schema once the file is filled "
               "in.\n";
    return 0;
}

}  // namespace copsite
