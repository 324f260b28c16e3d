#include "model/fields.h"

#include <stdexcept>

namespace copsite {

namespace {

using T = FieldType;

Field field(std::string key, T type, bool required, std::string description, std::string example) {
    Field f;
    f.key = std::move(key);
    f.type = type;
    f.required = required;
    f.description = std::move(description);
    f.example = std::move(example);
    return f;
}

Field req(std::string key, T type, std::string description, std::string example = {}) {
    return field(std::move(key), type, true, std::move(description), std::move(example));
}

Field opt(std::string key, T type, std::string description, std::string example = {}) {
    return field(std::move(key), type, false, std::move(description), std::move(example));
}

Field with_ids(Field f, IdSet ids) {
    f.ids = ids;
    return f;
}

Field with_choices(Field f, std::vector<std::string> choices) {
    f.choices = std::move(choices);
    return f;
}

Field with_fields(Field f, std::vector<Field> fields) {
    f.fields = std::move(fields);
    return f;
}

// [[links]]: a title and an address each.
Field links(std::string description) {
    return with_fields(
        opt("links", T::tables, std::move(description),
            "[{ title = \"Campaign website\", url = \"https://www.example.org/\" }]"),
        {req("title", T::text, "What the link leads to, as a reader would say it.",
             "\"Campaign website\""),
         req("url", T::url, "The full web address, starting with https://.",
             "\"https://www.example.org/\"")});
}

// { country = "POL" } or { partner = "unicef" }.
Field party(std::string key, bool required, std::string description) {
    Field f = required ? req(std::move(key), T::table, std::move(description))
                       : opt(std::move(key), T::table, std::move(description));
    f.example = "{ country = \"POL\" }";
    f.fields = {
        with_ids(opt("country", T::id, "The Member State, by its upper-case ISO3 code.", "\"POL\""),
                 IdSet::country),
        with_ids(opt("partner", T::id, "The partner organisation, by its id.", "\"unicef\""),
                 IdSet::partner)};
    f.one_of = {"country", "partner"};
    return f;
}

const char* kSummary =
    "One paragraph of plain text (no Markdown) that lists and search results show.";
const char* kBody =
    "The full text, in Markdown: paragraphs, **bold**, lists, [links](https://…). Raw HTML and "
    "images are not published.";

Field effort() {
    return with_fields(
        opt("efforts", T::tables,
            "What the country does: one [[efforts]] table per law, strategy, campaign, "
            "hotline, programme or study.",
            "[{ title = \"Helpline\", category = \"awareness-and-education\", description = "
            "\"…\" }]"),
        {req("title", T::text, "The effort's name.", "\"National awareness campaign\""),
         with_ids(
             req("category", T::id, "What kind of effort it is.", "\"awareness-and-education\""),
             IdSet::effort_category),
         with_choices(opt("status", T::choice, "Where the effort stands.", "\"ongoing\""),
                      {"proposed", "planned", "ongoing", "completed"}),
         opt("year", T::integer, "The year it started or was adopted.", "2020"),
         req("description", T::markdown,
             "What it does, for whom, and what it achieved, in Markdown.", "\"\"\"\n…\n\"\"\""),
         with_ids(opt("themes", T::ids, "The themes it is about.", "[\"digital-literacy\"]"),
                  IdSet::theme),
         with_ids(opt("guidelines", T::ids, "The COP Guidelines sets it implements.",
                      "[\"policy-makers\"]"),
                  IdSet::guideline),
         with_ids(opt("meetings", T::ids, "The CWG-COP meetings where it was presented.",
                      "[\"cwg-cop-16\"]"),
                  IdSet::meeting),
         links("Web pages about this effort.")});
}

Field statistic() {
    Field source = with_fields(
        req("source", T::table,
            "Where the figure comes from: the meeting where it was presented, or a web page.",
            "{ meeting = \"cwg-cop-16\" }"),
        {with_ids(opt("meeting", T::id, "The CWG-COP meeting where the figure was presented.",
                      "\"cwg-cop-16\""),
                  IdSet::meeting),
         opt("url", T::url, "The web page that publishes the figure.",
             "\"https://www.example.org/report\""),
         opt("note", T::text, "What the reader should know about the source: year, sample.",
             "\"National survey of 2 000 families\"")});
    source.any_of = {"meeting", "url"};
    return with_fields(
        opt("statistics", T::tables,
            "Key figures, each with its source: one [[statistics]] table "
            "per figure.",
            "[{ label = \"Calls\", value = \"20 000\", source = { meeting = \"cwg-cop-16\" } }]"),
        {req("label", T::text, "What is counted.", "\"Children who use the internet\""),
         req("value", T::text, "The figure as text, with its unit.", "\"90%\""),
         opt("year", T::integer, "The year the figure refers to.", "2020"), std::move(source)});
}

Kind country() {
    Field code = req("code", T::text,
                     "The country's ISO 3166-1 alpha-3 code in upper case; the file is named "
                     "after it in lower case (POL -> pol.toml).",
                     "\"POL\"");
    code.pattern = "^[A-Z]{3}$";
    return {"country",
            "Country profile",
            "content/countries/<iso3>.toml",
            "A Member State's profile: what it does to protect children online.",
            {code, req("name", T::text, "The country's short name in English.", "\"Poland\""),
             with_ids(req("region", T::id, "The ITU region the country belongs to.", "\"europe\""),
                      IdSet::region),
             req("updated", T::date,
                 "When this profile was last brought up to date, as YYYY-MM-DD without quotes.",
                 "2026-01-31"),
             opt("validated", T::date,
                 "When the Member State validated this profile, as YYYY-MM-DD without quotes. "
                 "Leave it out until it has.",
                 "2026-01-31"),
             req("summary", T::text, kSummary, "\"…\""),
             opt("body", T::markdown, kBody, "\"\"\"\n…\n\"\"\""), effort(), statistic()}};
}

Kind case_study() {
    return {
        "case-study",
        "Case study",
        "content/case-studies/<slug>.toml",
        "A good practice in child online protection: what was done, for whom, and how well it "
        "worked.",
        {req("title", T::text, "The case study's title.",
             "\"Safer Internet Day around the world\""),
         req("summary", T::text, kSummary, "\"…\""),
         req("published", T::date,
             "When the case study was first published, as YYYY-MM-DD without quotes; it orders "
             "the news feed.",
             "2026-01-31"),
         opt("updated", T::date, "When it was last changed, as YYYY-MM-DD without quotes.",
             "2026-01-31"),
         party("submitted_by", true,
               "Who submitted it: { country = \"POL\" } for a Member State or "
               "{ partner = \"unicef\" } for a partner."),
         with_choices(
             req("scope", T::choice, "How far it reaches: one country, a region, or the world.",
                 "\"national\""),
             {"national", "regional", "international"}),
         with_ids(opt("countries", T::ids,
                      "The Member States where it runs or that it names, by upper-case ISO3 code; "
                      "each needs a profile.",
                      "[\"POL\"]"),
                  IdSet::country),
         with_ids(opt("regions", T::ids, "The ITU regions it covers, for regional initiatives.",
                      "[\"europe\"]"),
                  IdSet::region),
         with_ids(opt("partners", T::ids, "The partner organisations involved.", "[\"unicef\"]"),
                  IdSet::partner),
         with_ids(req("themes", T::ids, "What it is about: at least one theme.",
                      "[\"awareness-raising\"]"),
                  IdSet::theme),
         with_ids(opt("audiences", T::ids, "Who it is for.", "[\"children\"]"), IdSet::audience),
         with_ids(opt("guidelines", T::ids, "The COP Guidelines sets it implements.",
                      "[\"policy-makers\"]"),
                  IdSet::guideline),
         with_ids(opt("meetings", T::ids, "The CWG-COP meetings where it was presented.",
                      "[\"cwg-cop-16\"]"),
                  IdSet::meeting),
         req("body", T::markdown,
             "The case study in Markdown: the problem, what was done, for whom, with whom, what it "
             "cost, what was learned.",
             "\"\"\"\n…\n\"\"\""),
         with_fields(opt("evaluation", T::table,
                         "How its effectiveness was evaluated, and what the evaluation found.",
                         "{ method = \"Survey\", findings = \"…\" }"),
                     {req("method", T::text,
                          "How it was evaluated: survey, statistics, independent review…",
                          "\"Survey of 1 200 pupils before and after the programme\""),
                      req("findings", T::markdown, "What the evaluation found, in Markdown.",
                          "\"\"\"\n…\n\"\"\"")}),
         links("Web pages about this case study.")}};
}

Kind meeting() {
    Field documents = with_fields(
        opt("documents", T::tables, "The meeting's documents: one [[documents]] table each.",
            "[{ title = \"Outcome report\" }]"),
        {opt("symbol", T::text, "The document's ITU symbol, if it has one.", "\"C14/41\""),
         req("title", T::text, "The document's title.", "\"Outcome report\""),
         opt("url", T::url, "Where the document is published.",
             "\"https://www.itu.int/md/S14-CL-C-0041/en\"")});
    Field contributions = with_fields(
        opt("contributions", T::tables,
            "What Member States and partners presented: one [[contributions]] table each.",
            "[{ by = { country = \"POL\" }, title = \"A survey\" }]"),
        {party("by", true, "Who presented it: { country = \"POL\" } or { partner = \"unicef\" }."),
         req("title", T::text, "What was presented.", "\"National survey of children online\""),
         opt("presenter", T::text, "The person who presented it, if the record names them.",
             "\"Jane Doe\""),
         opt("summary", T::markdown, "What was said, in Markdown.", "\"\"\"\n…\n\"\"\"")});
    return {
        "meeting",
        "CWG-COP meeting",
        "content/meetings/cwg-cop-<number>.toml",
        "A meeting of the Council Working Group on Child Online Protection.",
        {req("number", T::integer,
             "The meeting's number, the same as in the file name (16 -> cwg-cop-16.toml).", "16"),
         req("date", T::date, "The meeting's first day, as YYYY-MM-DD without quotes.",
             "2020-02-04"),
         opt("venue", T::text, "Where it took place.", "\"Geneva, Switzerland\""),
         with_choices(opt("format", T::choice, "How participants attended.", "\"in-person\""),
                      {"in-person", "hybrid", "virtual"}),
         opt("chair", T::text, "The chair's name.", "\"Jane Doe\""),
         with_ids(opt("chair_country", T::id,
                      "The Member State the chair came from, by upper-case ISO3 code.", "\"POL\""),
                  IdSet::country),
         opt("opened_by", T::text, "Who gave the opening remarks.", "\"Jane Doe\""),
         opt("participants", T::integer, "About how many took part, as recorded.", "60"),
         opt("participants_note", T::text,
             "Text shown instead of the number, as recorded, e.g. \"more than 150\".",
             "\"more than 150\""),
         opt("contribution_count", T::integer,
             "How many contributions the records give, when they are not all listed as "
             "[[contributions]]; at least the number listed.",
             "18"),
         req("summary", T::text, kSummary, "\"…\""),
         opt("body", T::markdown, "The discussions, in Markdown.", "\"\"\"\n…\n\"\"\""),
         opt("outcomes", T::markdown_list, "What the meeting agreed: one Markdown item each.",
             "[\"…\"]"),
         documents, contributions}};
}

Kind guideline() {
    return {"guideline",
            "COP Guidelines set",
            "content/guidelines/<id>.toml",
            "One set of ITU's Guidelines on Child Online Protection.",
            {req("title", T::text, "The set's title.", "\"Guidelines for policy-makers\""),
             req("summary", T::text, kSummary, "\"…\""),
             opt("body", T::markdown, kBody, "\"\"\"\n…\n\"\"\""),
             opt("url", T::url, "Where the guidelines are published.",
                 "\"https://www.itu-cop-guidelines.com/\""),
             with_ids(opt("audience", T::id, "Who the set is written for.", "\"policy-makers\""),
                      IdSet::audience),
             opt("year", T::integer, "The year of this edition.", "2020")}};
}

Kind partner() {
    return {"partner",
            "Partner organisation",
            "content/partners/<slug>.toml",
            "An organisation that works with the CWG-COP.",
            {req("name", T::text, "The organisation's name.", "\"UNICEF\""),
             with_ids(req("kind", T::id, "What kind of organisation it is.", "\"civil-society\""),
                      IdSet::partner_kind),
             req("summary", T::text, kSummary, "\"…\""),
             opt("body", T::markdown, kBody, "\"\"\"\n…\n\"\"\""),
             opt("url", T::url, "The organisation's website.", "\"https://www.unicef.org/\"")}};
}

Kind vocabulary() {
    auto entries = [](std::string key, std::string description) {
        return with_fields(req(std::move(key), T::entries, std::move(description)),
                           {req("name", T::text, "The name readers see.", "\"Europe\""),
                            opt("summary", T::text, "One sentence that explains it.", "\"…\"")});
    };
    return {"vocabulary",
            "Vocabulary",
            "content/vocabulary.toml",
            "The controlled lists every content file chooses from. Each entry is a table whose "
            "key is the id, e.g. [themes.digital-literacy].",
            {entries("regions", "The ITU regions."),
             entries("themes", "What efforts and case studies are about."),
             entries("effort_categories", "The kinds of effort a country profile lists."),
             entries("audiences", "Who a case study or a guideline set is for."),
             entries("partner_kinds", "The kinds of partner organisation.")}};
}

Kind site() {
    Field base_url = req("base_url", T::url,
                         "Where the site is published, ending with /; --base-url overrides it.",
                         "\"https://cop.example.org/\"");
    return {
        "site",
        "Site settings",
        "site.toml",
        "The site's settings.",
        {req("title", T::text, "The site's name.", "\"Child Online Protection\""),
         opt("description", T::text, "One sentence for the home page's description.", "\"…\""),
         base_url, req("language", T::text, "The content's language, as a BCP 47 tag.", "\"en\""),
         opt("feed_size", T::integer, "How many items the news feed lists (20 if absent).", "20"),
         opt("repository", T::url,
             "The repository's address on GitHub; the About page then links to its contributing "
             "guide and its issue forms.",
             "\"https://github.com/OWNER/REPOSITORY\"")}};
}

}  // namespace

std::vector<Kind> content_kinds() {
    return {country(), case_study(), meeting(), guideline(), partner(), vocabulary(), site()};
}

Kind content_kind(const std::string& name) {
    for (auto& kind : content_kinds())
        if (kind.name == name) return kind;
    throw std::logic_error("no content kind named " + name);
}

}  // namespace copsite
