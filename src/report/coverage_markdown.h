#pragma once

#include <string>

#include "report/coverage.h"

// The coverage report as Markdown for curators (`copsite report`): a summary
// table, then one section per kind of gap, naming the files to edit.
namespace copsite {

std::string coverage_markdown(const Coverage& coverage, const Content& content);

// A region id's name from the vocabulary, else the id itself.
std::string region_name(const Content& content, const std::string& id);

}  // namespace copsite
