#include "emit/explorer_json.h"

#include "core/json.h"
#include "core/text.h"
#include "render/view_parts.h"

namespace copsite {

namespace {

constexpr std::size_t kSummaryBytes = 200;

void append_numbers(std::string& out, std::span<const std::uint32_t> numbers) {
    out += '[';
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        if (k) out += ',';
        out += std::to_string(numbers[k]);
    }
    out += ']';
}

}  // namespace

std::string explorer_json(const SiteContext& ctx, const ExplorerData& data) {
    std::string out = "{\"version\":1,\"facets\":[";
    for (std::size_t f = 0; f < data.facets.size(); ++f) {
        const auto& facet = data.facets[f];
        out += f ? ",\n{\"key\":" : "\n{\"key\":";
        append_json_string(out, facet.key);
        out += ",\"label\":";
        append_json_string(out, facet.label);
        out += ",\"values\":[";
        for (std::size_t k = 0; k < facet.values.size(); ++k) {
            out += k ? ",[" : "[";
            append_json_string(out, facet.values[k].id);
            out += ',';
            append_json_string(out, facet.values[k].name);
            out += ']';
        }
        out += "]}";
    }
    out += "],\n\"items\":[";
    for (std::size_t k = 0; k < data.items.size(); ++k) {
        const auto& item = data.items[k];
        const auto& cs = ctx.content().case_studies[item.case_study];
        out += k ? ",\n[" : "\n[";
        for (const auto& text :
             {cs.title, ctx.urls.path(site_paths::case_study(cs.origin.id)), cs.published.iso(),
              cs.published.human(), party_name(ctx, cs.submitted_by),
              shorten(cs.summary, kSummaryBytes)}) {
            append_json_string(out, text);
            out += ',';
        }
        out += '[';
        for (std::size_t f = 0; f < kExplorerFacets; ++f) {
            if (f) out += ',';
            append_numbers(out, item.values(f));
        }
        out += "]]";
    }
    out += "]}\n";
    return out;
}

}  // namespace copsite
