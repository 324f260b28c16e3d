#include <catch2/catch.hpp>

#include <functional>

#include "check/check_content.h"
#include "core/file_system.h"
#include "load/load_content.h"
#include "schema/json_schema.h"
#include "support/fixture.h"

using namespace copsite;

TEST_CASE("the committed schemas are what copsite schema writes for the shipped content") {
    DiskFileSystem files(COPSITE_SOURCE_DIR);
    auto loaded = load_content(files, 2);
    REQUIRE(loaded.diagnostics.empty());
    REQUIRE(loaded.content.member_states.size() == 193);
    for (const auto& schema : content_schemas(schema_ids(loaded.content))) {
        INFO("schemas/" << schema.name
                        << " is out of date: run ./build/copsite schema and commit the result");
        CHECK(files.read(std::string(kSchemaDir) + "/" + schema.name) == schema.json);
    }
}

TEST_CASE("a schema lists the vocabulary's ids as enums and describes every key") {
    Content content;
    content.vocabulary.themes = {{"awareness", "Awareness raising", ""}};
    Partner unicef;
    unicef.origin = {"content/partners/unicef.toml", "unicef"};
    content.partners.push_back(unicef);
    content.member_states = {{"POL", "Poland", "europe"}};
    const auto schemas = content_schemas(schema_ids(content));
    REQUIRE(schemas.size() == 7);
    const auto& case_study = schemas[1];
    CHECK(case_study.name == "case-study.schema.json");
    CHECK(case_study.json.find(R"("enum": [
          "awareness"
        ])") != std::string::npos);
    CHECK(case_study.json.find("awareness (Awareness raising)") != std::string::npos);
    CHECK(case_study.json.find(R"("enum": [
            "unicef"
          ])") != std::string::npos);
}

TEST_CASE("every key of the field table has a description and an example") {
    std::function<void(const std::vector<Field>&)> each = [&](const std::vector<Field>& fields) {
        for (const auto& f : fields) {
            INFO(f.key);
            CHECK(f.description.size() > 10);
            CHECK(f.example.empty() == (f.type == FieldType::entries));
            each(f.fields);
        }
    };
    for (const auto& kind : content_kinds()) each(kind.fields);
}

TEST_CASE("copsite build publishes the schemas of the content it builds under /schemas/") {
    test::TempDir repo;
    repo.write(test::small_site());
    const auto r = test::run_copsite("build --root '" + repo.path().string() + "' --theme '" +
                                     COPSITE_SOURCE_DIR + "/theme'");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    DiskFileSystem files(repo.path());
    auto loaded = load_content(files, 1);
    for (const auto& schema : content_schemas(schema_ids(loaded.content))) {
        INFO(schema.name);
        CHECK(test::read_text(repo.path() / "site" / kSchemaDir / schema.name) == schema.json);
    }
    CHECK(
        test::read_text(repo.path() / "site/schemas/case-study.schema.json").find("\"hotlines\"") !=
        std::string::npos);
}
