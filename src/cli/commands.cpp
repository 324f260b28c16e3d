#include "cli/commands.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <type_traits>

#include "check/check_content.h"
#include "compare/diff_markdown.h"
#include "core/parallel.h"
#include "core/report_diagnostics.h"
#include "emit/write_site.h"
#include "load/load_content.h"
#include "load/load_theme.h"
#include "report/coverage_markdown.h"

namespace copsite {

namespace fs = std::filesystem;

namespace {

unsigned threads_or_default(unsigned threads) {
    return threads ? threads : default_threads();
}

// Load, then check and link: the stages `build` and `check` share.
std::optional<LinkedContent> load_and_check(const FileSystem& files, unsigned threads,
                                            Diagnostics& diagnostics) {
    auto loaded = load_content(files, threads);
    diagnostics = std::move(loaded.diagnostics);
    auto linked = check_and_link(std::move(loaded.content), diagnostics, threads);
    if (!diagnostics.empty()) return std::nullopt;
    return linked;
}

std::string human_size(std::uint64_t bytes) {
    char buf[32];
    if (bytes >= 1'000'000)
        std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
    else
        std::snprintf(buf, sizeof buf, "%.0f kB", bytes / 1e3);
    return buf;
}

// Leaves `value` for the system to free when the process ends, which it does
// as soon as the command returns: destroying the content of 10,000 case
// studies one allocation at a time kept one thread busy for 20-40 ms after
// the work was done (1.5% of a build, 6% of a check; issue 6). Only for what
// a command holds on its way out.
template <class T>
void leave_for_exit(T&& value) {
    new std::remove_cvref_t<T>(std::forward<T>(value));  // never deleted, on purpose
}

fs::path default_theme(const fs::path& root) {
    if (fs::is_directory(root / "theme" / "templates")) return root / "theme";
    return fs::path(COPSITE_SOURCE_DIR) / "theme";
}

}  // namespace

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
    if (!fs::is_directory(options.root)) {
        err << "copsite: " << options.root.string() << " is not a folder\n";
        return 2;
    }
    DiskFileSystem files(options.root);
    Diagnostics diagnostics;
    leave_for_exit(load_and_check(files, threads_or_default(options.threads), diagnostics));
    const auto sorted = diagnostics.sorted();
    if (options.format == "json" || options.format == "github") {
        // stdout is for the machine; the person reading the log gets the count
        // and, for GitHub (which shows only the first 10 annotations of a
        // step), every error in the human format.
        out << (options.format == "json" ? format_json(sorted) : format_github(sorted));
        if (options.format == "github") err << format_human(sorted, files);
        err << (sorted.empty() ? std::string("No problems found") : summarize(sorted)) << ".\n";
    } else {
        err << format_human(sorted, files);
        if (sorted.empty())
            out << "No problems found.\n";
        else
            err << summarize(sorted) << ".\n";
    }
    return sorted.empty() ? 0 : 1;
}

int run_diff(const DiffOptions& options, std::ostream& out, std::ostream& err) {
    std::string error;
    const auto diff = diff_sites(options.old_site, options.new_site, error);
    if (!diff) {
        err << "copsite: " << error << "\n";
        return 2;
    }
    out << diff_markdown(*diff);
    return 0;
}

int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err) {
    if (!fs::is_directory(options.root)) {
        err << "copsite: " << options.root.string() << " is not a folder\n";
        return 2;
    }
    DiskFileSystem files(options.root);
    Diagnostics diagnostics;
    const auto linked = load_and_check(files, threads_or_default(options.threads), diagnostics);
    if (!linked) {
        const auto sorted = diagnostics.sorted();
        err << format_human(sorted, files) << summarize(sorted)
            << "; fix these first, the report needs content that checks.\n";
        return 1;
    }
    const auto today = options.today.value_or(newest_content_date(linked->content));
    out << coverage_markdown(compute_coverage(*linked, today, options.today.has_value()),
                             linked->content);
    return 0;
}

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
    const auto start = std::chrono::steady_clock::now();
    if (!fs::is_directory(options.root)) {
        err << "copsite: " << options.root.string() << " is not a folder\n";
        return 2;
    }
    const unsigned threads = threads_or_default(options.threads);
    std::string error;
    auto theme =
        load_theme(options.theme.empty() ? default_theme(options.root) : options.theme, error);
    if (!theme) {
        err << "copsite: " << error << "\n";
        return 2;
    }
    DiskFileSystem files(options.root);
    Diagnostics diagnostics;
    auto linked = load_and_check(files, threads, diagnostics);
    if (!linked) {
        const auto sorted = diagnostics.sorted();
        err << format_human(sorted, files) << summarize(sorted)
            << "; nothing was written, the previous site is unchanged.\n";
        return 1;
    }
    auto base_url = options.base_url.empty() ? linked->content.site.base_url : options.base_url;
    if (!base_url.empty() && base_url.back() != '/') base_url += '/';
    auto ctx = make_site_context(*linked, base_url, theme->world_map, &files, threads);
    const fs::path out_dir = options.out.empty() ? options.root / "site" : options.out;
    auto result = write_site(ctx, *theme, out_dir, threads);
    if (!result.errors.empty()) {
        for (const auto& e : result.errors) err << "copsite: " << e << "\n";
        err << "copsite: the build failed; the previous site is unchanged.\n";
        return 2;
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", took.count());
    out << "Built " << result.stats.pages << " pages (" << result.stats.files << " files, "
        << human_size(result.stats.bytes) << ") in " << seconds << " s\n"
        << "Site: " << fs::absolute(out_dir).lexically_normal().string() << "\n";
    leave_for_exit(std::move(ctx));
    leave_for_exit(std::move(linked));
    return 0;
}

}  // namespace copsite
