#pragma once

#include <string>
#include <vector>

#include "core/source_pos.h"

// Errors are values: every stage appends to a Diagnostics and carries on, so a
// contributor sees every problem of a pull request in one run.
namespace copsite {

struct Diagnostic {
    std::string file;  // relative to the content root, e.g. "content/countries/pol.toml"
    SourcePos pos;
    std::string rule;     // stable id for tools, e.g. "unknown-key"
    std::string message;  // what is wrong
    std::string hint;     // how to fix it; may be empty
};

class Diagnostics {
  public:
    void error(std::string file, SourcePos pos, std::string rule, std::string message,
               std::string hint = {});
    void append(Diagnostics other);
    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    // Sorted by file, then position, then message: the order a compiler prints.
    std::vector<Diagnostic> sorted() const;

  private:
    std::vector<Diagnostic> items_;
};

}  // namespace copsite
