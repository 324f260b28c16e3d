#include "cli/options.h"

#include <sstream>
#include <type_traits>

#include <boost/program_options.hpp>

#include "core/date.h"

namespace copsite {

namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "copsite — builds the Child Online Protection repository's static site\n"
    "\n"
    "Usage:\n"
    "  copsite build [--root DIR] [--out DIR] [--base-url URL]   build the site\n"
    "  copsite check [--root DIR] [--format human|github|json]   check the content, write nothing\n"
    "  copsite diff OLD_SITE NEW_SITE                             compare two built sites\n"
    "  copsite report [--root DIR] [--today YYYY-MM-DD]           what the repository lacks\n"
    "  copsite schema [--root DIR] [--check]                      write schemas/ for editors\n"
    "  copsite new country|case-study|meeting ID [--root DIR]     start a content file\n"
    "  copsite COMMAND --help                                     options of a command\n"
    "  copsite --version\n"
    "\n"
    "Exit codes: 0 success, 1 content errors, 2 usage or I/O errors.\n";

constexpr const char* kNewUsage =
    "Usage: copsite new KIND ID [options]\n"
    "\n"
    "Writes a starter file with every key explained, filled with what is known:\n"
    "  copsite new country POL              content/countries/pol.toml\n"
    "  copsite new case-study my-programme  content/case-studies/my-programme.toml\n"
    "  copsite new meeting 19               content/meetings/cwg-cop-19.toml\n"
    "Never overwrites a file. Then replace every \"FILL IN: ...\" and run copsite check.\n";

Message usage_error(const std::string& what) {
    return {"copsite: " + what + "\n\n" + kUsage, 2};
}

std::string help_text(const std::string& usage, const po::options_description& options) {
    std::ostringstream out;
    out << usage << "\n" << options;
    return out.str();
}

po::options_description build_options(BuildOptions& o) {
    po::options_description d("Options");
    d.add_options()("help,h", "show this help")(
        "root", po::value(&o.root)->value_name("DIR"),
        "the repository: site.toml and content/ (default: the current folder)")(
        "out", po::value(&o.out)->value_name("DIR"),
        "where to write the site (default: ROOT/site)")(
        "base-url", po::value(&o.base_url)->value_name("URL"),
        "the address the site is published at (default: base_url in site.toml)")(
        "theme", po::value(&o.theme)->value_name("DIR"),
        "templates and assets (default: ROOT/theme, else the built-in theme)")(
        "threads", po::value(&o.threads)->value_name("N"), "threads to use (default: all cores)");
    return d;
}

po::options_description check_options(CheckOptions& o) {
    po::options_description d("Options");
    d.add_options()("help,h", "show this help")(
        "root", po::value(&o.root)->value_name("DIR"),
        "the repository: site.toml and content/ (default: the current folder)")(
        "format", po::value(&o.format)->value_name("FORMAT"),
        "human (default), github (workflow annotations) or json")(
        "threads", po::value(&o.threads)->value_name("N"), "threads to use (default: all cores)");
    return d;
}

po::options_description diff_options(DiffOptions& o) {
    po::options_description d("Options");
    d.add_options()("help,h", "show this help")(
        "old", po::value(&o.old_site)->value_name("OLD_SITE"),
        "the site before the change (a folder copsite build wrote)")(
        "new", po::value(&o.new_site)->value_name("NEW_SITE"), "the site after it");
    return d;
}

// The report's options with --today still as text, checked after parsing.
struct ReportArgs {
    ReportOptions options;
    std::string today;
};

po::options_description report_options(ReportArgs& args) {
    auto& o = args.options;
    po::options_description d("Options");
    d.add_options()("help,h", "show this help")(
        "root", po::value(&o.root)->value_name("DIR"),
        "the repository: site.toml and content/ (default: the current folder)")(
        "today", po::value(&args.today)->value_name("YYYY-MM-DD"),
        "the date profiles are judged against (default: the newest date in the content)")(
        "threads", po::value(&o.threads)->value_name("N"), "threads to use (default: all cores)");
    return d;
}

// "2024-05-31" -> the date; nullopt unless it is a real date written so.
std::optional<Date> parse_iso_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    const Date d{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
    if (!is_valid_date(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

po::options_description schema_options(SchemaOptions& o) {
    po::options_description d("Options");
    d.add_options()("help,h", "show this help")(
        "root", po::value(&o.root)->value_name("DIR"),
        "the repository: site.toml and content/ (default: the current folder)")(
        "out", po::value(&o.out)->value_name("DIR"), "where to write (default: ROOT/schemas)")(
        "check", po::bool_switch(&o.check),
        "write nothing; exit 1 if the files in OUT differ from what would be written");
    return d;
}

po::options_description new_options(NewOptions& o) {
    po::options_description d("Options");
    d.add_options()("help,h", "show this help")(
        "root", po::value(&o.root)->value_name("DIR"),
        "the repository: site.toml and content/ (default: the current folder)")(
        "kind", po::value(&o.kind)->value_name("KIND"), "country, case-study or meeting")(
        "name", po::value(&o.name)->value_name("ID"),
        "the ISO3 code, the case study's file name or the meeting number");
    return d;
}

// Parses a command's arguments; returns a Message for --help or errors.
template <class Options>
std::variant<Message, Options> parse(const std::vector<std::string>& args, const char* usage,
                                     po::options_description (*describe)(Options&)) {
    Options options;
    auto description = describe(options);
    po::variables_map vm;
    try {
        po::positional_options_description positional;
        if constexpr (std::is_same_v<Options, DiffOptions>) positional.add("old", 1).add("new", 1);
        if constexpr (std::is_same_v<Options, NewOptions>) positional.add("kind", 1).add("name", 1);
        po::store(po::command_line_parser(args).options(description).positional(positional).run(),
                  vm);
        if (vm.count("help")) return Message{help_text(usage, description), 0};
        po::notify(vm);
    } catch (const po::error& e) {
        return usage_error(e.what());
    }
    return options;
}

}  // namespace

Command parse_command_line(const std::vector<std::string>& args) {
    if (args.empty()) return usage_error("no command given");
    const auto& command = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "--help" || command == "-h" || command == "help") return Message{kUsage, 0};
    if (command == "--version") return Message{std::string("copsite ") + COPSITE_VERSION + "\n", 0};
    if (command == "build") {
        auto r = parse<BuildOptions>(rest,
                                     "Usage: copsite build [options]\n\nChecks the content "
                                     "and builds the site; writes nothing if there is any "
                                     "error.\n",
                                     &build_options);
        if (auto* m = std::get_if<Message>(&r)) return *m;
        return std::get<BuildOptions>(r);
    }
    if (command == "check") {
        auto r = parse<CheckOptions>(rest,
                                     "Usage: copsite check [options]\n\nRuns every check "
                                     "that build runs and writes nothing.\n",
                                     &check_options);
        if (auto* m = std::get_if<Message>(&r)) return *m;
        auto& o = std::get<CheckOptions>(r);
        if (o.format != "human" && o.format != "github" && o.format != "json")
            return usage_error("--format must be human, github or json, not \"" + o.format + "\"");
        return o;
    }
    if (command == "diff") {
        auto r =
            parse<DiffOptions>(rest,
                               "Usage: copsite diff OLD_SITE NEW_SITE\n\n"
                               "Compares two folders copsite build wrote and prints, as Markdown\n"
                               "for a pull-request comment, the pages added, changed and removed,\n"
                               "the new feed items and the links that changed.\n",
                               &diff_options);
        if (auto* m = std::get_if<Message>(&r)) return *m;
        const auto& o = std::get<DiffOptions>(r);
        if (o.old_site.empty() || o.new_site.empty())
            return usage_error("diff needs two site folders: copsite diff OLD_SITE NEW_SITE");
        return o;
    }
    if (command == "report") {
        auto r =
            parse<ReportArgs>(rest,
                              "Usage: copsite report [options]\n\n"
                              "Prints, as Markdown, what the repository lacks: Member States\n"
                              "without a profile, profiles not updated or validated for two\n"
                              "years, guideline sets and themes with few case studies, and the\n"
                              "partners and meetings nothing links to.\n",
                              &report_options);
        if (auto* m = std::get_if<Message>(&r)) return *m;
        auto& args = std::get<ReportArgs>(r);
        if (!args.today.empty()) {
            args.options.today = parse_iso_date(args.today);
            if (!args.options.today)
                return usage_error("--today must be a real date written YYYY-MM-DD, not \"" +
                                   args.today + "\"");
        }
        return args.options;
    }
    if (command == "schema") {
        auto r = parse<SchemaOptions>(rest,
                                      "Usage: copsite schema [options]\n\nWrites a JSON "
                                      "Schema per content kind into schemas/, with the ids "
                                      "of the vocabulary and the content as enums.\n",
                                      &schema_options);
        if (auto* m = std::get_if<Message>(&r)) return *m;
        return std::get<SchemaOptions>(r);
    }
    if (command == "new") {
        auto r = parse<NewOptions>(rest, kNewUsage, &new_options);
        if (auto* m = std::get_if<Message>(&r)) return *m;
        auto& o = std::get<NewOptions>(r);
        if (o.kind.empty() || o.name.empty())
            return Message{std::string("copsite: new needs a kind and an id\n\n") + kNewUsage, 2};
        if (o.kind != "country" && o.kind != "case-study" && o.kind != "meeting")
            return Message{"copsite: cannot start a \"" + o.kind +
                               "\": the kinds are country, case-study and meeting\n\n" + kNewUsage,
                           2};
        return o;
    }
    return usage_error("unknown command \"" + command + "\"");
}

}  // namespace copsite
