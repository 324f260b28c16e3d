#pragma once

#include <toml++/toml.h>

#include "load/toml_reader.h"
#include "model/content.h"

// One function per kind: a parsed TOML document -> a model struct. They check
// shapes (keys, types, dates, fixed words, URLs) and never resolve ids.
namespace copsite {

Country load_country(toml::table& doc, SourceFile& file, Origin origin);
CaseStudy load_case_study(toml::table& doc, SourceFile& file, Origin origin);
Meeting load_meeting(toml::table& doc, SourceFile& file, Origin origin);
Guideline load_guideline(toml::table& doc, SourceFile& file, Origin origin);
Partner load_partner(toml::table& doc, SourceFile& file, Origin origin);
Vocabulary load_vocabulary(toml::table& doc, SourceFile& file);
SiteConfig load_site_config(toml::table& doc, SourceFile& file);

}  // namespace copsite
