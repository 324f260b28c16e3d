#pragma once

#include <ostream>

#include "cli/options.h"

// The commands: each runs the stages in order and maps the outcome to an exit
// code (0 success, 1 content errors, 2 usage or I/O errors).
namespace copsite {

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err);
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);
int run_diff(const DiffOptions& options, std::ostream& out, std::ostream& err);
int run_report(const ReportOptions& options, std::ostream& out, std::ostream& err);
int run_schema(const SchemaOptions& options, std::ostream& out, std::ostream& err);
int run_new(const NewOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copsite
