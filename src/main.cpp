#include <iostream>
#include <string>
#include <vector>

#include <mimalloc.h>

#include "cli/commands.h"
#include "cli/options.h"

// Parses the command line and hands over to a command; nothing else.
int main(int argc, char** argv) {
    // A build touches its whole model once, in 4 KiB pages the kernel faults in
    // one by one: a third of `copsite check`'s time went on those faults.
    // Transparent huge pages (2 MiB, where the kernel allows them) make that
    // a few hundred faults.
    // mimalloc takes them for a thread's first segment too only without the
    // usual delay; these options must be set before any worker thread starts.
    mi_option_enable(mi_option_large_os_pages);
    mi_option_set(mi_option_eager_commit_delay, 0);
    const std::vector<std::string> args(argv + 1, argv + argc);
    const auto command = copsite::parse_command_line(args);
    if (const auto* message = std::get_if<copsite::Message>(&command)) {
        (message->exit_code == 0 ? std::cout : std::cerr) << message->text;
        return message->exit_code;
    }
    try {
        if (const auto* build = std::get_if<copsite::BuildOptions>(&command))
            return copsite::run_build(*build, std::cout, std::cerr);
        if (const auto* diff = std::get_if<copsite::DiffOptions>(&command))
            return copsite::run_diff(*diff, std::cout, std::cerr);
        if (const auto* report = std::get_if<copsite::ReportOptions>(&command))
            return copsite::run_report(*report, std::cout, std::cerr);
        if (const auto* schema = std::get_if<copsite::SchemaOptions>(&command))
            return copsite::run_schema(*schema, std::cout, std::cerr);
        if (const auto* scaffold = std::get_if<copsite::NewOptions>(&command))
            return copsite::run_new(*scaffold, std::cout, std::cerr);
        return copsite::run_check(std::get<copsite::CheckOptions>(command), std::cout, std::cerr);
    } catch (const std::exception& e) {
        std::cerr << "copsite: " << e.what() << "\n";
        return 2;
    }
}
