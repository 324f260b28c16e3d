#include <catch2/catch.hpp>

#include "cli/options.h"

using namespace copsite;

namespace {

Command parse(std::vector<std::string> args) {
    return parse_command_line(args);
}

}  // namespace

TEST_CASE("diff takes the old and the new site as its two arguments") {
    const auto command = parse({"diff", "old/site", "new/site"});
    const auto* diff = std::get_if<DiffOptions>(&command);
    REQUIRE(diff);
    CHECK(diff->old_site == "old/site");
    CHECK(diff->new_site == "new/site");
}

TEST_CASE("diff without two sites, or with three, is a usage error") {
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"diff"}, {"diff", "a"}, {"diff", "a", "b", "c"}}) {
        const auto command = parse(args);
        const auto* message = std::get_if<Message>(&command);
        REQUIRE(message);
        CHECK(message->exit_code == 2);
    }
}

TEST_CASE("report reads --today as a date, and refuses one that does not exist") {
    auto command = parse({"report", "--root", "repo", "--today", "2024-02-29"});
    const auto* report = std::get_if<ReportOptions>(&command);
    REQUIRE(report);
    CHECK(report->root == "repo");
    REQUIRE(report->today);
    CHECK(report->today->iso() == "2024-02-29");
    CHECK_FALSE(std::get<ReportOptions>(parse({"report"})).today);
    for (const char* bad : {"2023-02-29", "2024-2-9", "29/02/2024", "today"}) {
        command = parse({"report", "--today", bad});
        const auto* message = std::get_if<Message>(&command);
        REQUIRE(message);
        CHECK(message->exit_code == 2);
        CHECK(
            message->text.starts_with("copsite: --today must be a real date written "
                                      "YYYY-MM-DD, not \"" +
                                      std::string(bad) + "\""));
    }
}

TEST_CASE("the usage lists every command") {
    const auto command = parse({"--help"});
    const auto& text = std::get<Message>(command).text;
    for (const char* name : {"copsite build", "copsite check", "copsite diff", "copsite report"})
        CHECK(text.find(name) != std::string::npos);
}
