#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/date.h"

// The command line, parsed into plain values. Parsing never touches the disk.
namespace copsite {

struct BuildOptions {
    std::filesystem::path root = ".";
    std::filesystem::path out;    // empty: <root>/site
    std::string base_url;         // empty: site.toml's base_url
    std::filesystem::path theme;  // empty: <root>/theme, else the theme copsite was built with
    unsigned threads = 0;         // 0: every core
};

struct CheckOptions {
    std::filesystem::path root = ".";
    std::string format = "human";  // human | github | json
    unsigned threads = 0;
};

struct DiffOptions {
    std::filesystem::path old_site;  // the site before the change, e.g. the base branch's
    std::filesystem::path new_site;
};

struct ReportOptions {
    std::filesystem::path root = ".";
    std::optional<Date> today;  // nullopt: the newest date in the content
    unsigned threads = 0;
};

struct SchemaOptions {
    std::filesystem::path root = ".";
    std::filesystem::path out;  // empty: <root>/schemas
    bool check = false;         // compare with the files in `out` instead of writing
};

// copsite new country POL | case-study SLUG | meeting NUMBER
struct NewOptions {
    std::filesystem::path root = ".";
    std::string kind;  // country | case-study | meeting
    std::string name;  // the ISO3 code, the slug or the number
};

// --help, --version and usage errors: text to print and the exit code.
struct Message {
    std::string text;
    int exit_code = 0;
};

using Command = std::variant<Message, BuildOptions, CheckOptions, DiffOptions, ReportOptions,
                             SchemaOptions, NewOptions>;

Command parse_command_line(const std::vector<std::string>& args);

}  // namespace copsite
