#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "check/check_content.h"
#include "core/file_system.h"
#include "model/world_map.h"
#include "render/urls.h"

// What every page renderer reads: the linked content, the addresses, and a
// few orders computed once per build.
namespace copsite {

struct CoverageMatrix;
struct ExplorerData;

struct SiteContext {
    const LinkedContent& site;
    Urls urls;
    std::vector<std::size_t> case_studies_newest_first;
    std::vector<std::size_t> case_study_rank;  // position in case_studies_newest_first
    std::vector<std::size_t> countries_recently_updated;
    std::vector<std::size_t> meetings_newest_first;
    std::size_t case_studies_per_page = 100;
    // The newest date anywhere in the content: "today" for staleness notices,
    // so that builds never read the clock and stay reproducible.
    Date content_date;
    // The case-study explorer's filters and items (render/explorer.h), made
    // once: every page of the case-study index shows the filters.
    std::shared_ptr<const ExplorerData> explorer;
    // Case studies × guideline sets (render/coverage_matrix.h), made once:
    // each page of the guidelines index shows a slice of its rows.
    std::shared_ptr<const CoverageMatrix> guideline_matrix;
    // The theme's map shapes, for the map of Member States.
    WorldMap world_map;
    // The content files, where case-study bodies are read (body_span).
    const FileSystem* files = nullptr;

    const Content& content() const { return site.content; }
    const Backlinks& backlinks() const { return site.backlinks; }
    const IdIndex& index() const { return site.index; }
};

// REQUIRES: `site` and `files` outlive the result.
SiteContext make_site_context(const LinkedContent& site, std::string base_url,
                              WorldMap world_map = {}, const FileSystem* files = nullptr,
                              unsigned threads = 1);

// A content file that no longer holds what was checked: the build stops.
struct ContentChanged : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A case study's Markdown body, read from its file when the model does not
// hold it. Throws ContentChanged if the file no longer holds the text that
// was checked, so nothing unchecked is published.
std::string case_study_body(const SiteContext& ctx, const CaseStudy& c);

// The date a case study was last touched: updated if given, else published.
Date latest_date(const CaseStudy& c);

// "16th meeting of the CWG-COP" and "16th".
std::string meeting_title(const Meeting& m);
std::string ordinal(int n);

}  // namespace copsite
