#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source_pos.h"

// The content as plain data: filled once by load/, read by every later stage.
// Ids are kept as written, with their position, so check/ can point at them.
namespace copsite {

// A reference to another entry ("POL", "cwg-cop-16", "unicef", "awareness").
struct Ref {
    std::string id;
    SourcePos pos;
};

struct Link {
    std::string title;
    std::string url;
};

// Who submitted or presented something: a Member State or a partner.
struct Party {
    enum class Kind { country, partner };
    Kind kind = Kind::partner;
    Ref ref;
};

// Where a text sits in its file, byte for byte (only when the file holds it
// verbatim: no escapes, no CR LF), so it need not be kept in memory.
struct TextSpan {
    std::size_t offset = 0;
    std::size_t size = 0;
    std::uint64_t hash = 0;  // text_hash, to notice a file changed meanwhile
};

// Where an entry came from, for messages: "content/countries/pol.toml".
struct Origin {
    std::string file;
    std::string id;  // from the file name
};

struct Effort {
    std::string title;
    Ref category;
    std::string status;  // proposed | planned | ongoing | completed | "" (not recorded)
    std::optional<int> year;
    std::string description;  // Markdown
    SourcePos description_pos;
    std::vector<Ref> themes, guidelines, meetings;
    std::vector<Link> links;
};

struct Statistic {
    std::string label;
    std::string value;
    std::optional<int> year;
    std::optional<Ref> source_meeting;  // exactly one of these two is set
    std::string source_url;
    std::string source_note;
};

struct Country {
    Origin origin;
    std::string code;  // upper case, e.g. "POL"
    std::string name;
    Ref region;
    Date updated;
    std::optional<Date> validated;
    std::string summary;
    std::string body;  // Markdown
    SourcePos body_pos;
    std::vector<Effort> efforts;
    std::vector<Statistic> statistics;
};

struct Evaluation {
    std::string method;
    std::string findings;  // Markdown
    SourcePos findings_pos;
};

struct CaseStudy {
    Origin origin;
    std::string title;
    std::string summary;
    Date published;
    std::optional<Date> updated;
    Party submitted_by;
    std::string scope;  // national | regional | international
    std::vector<Ref> countries, regions, partners, themes, audiences, guidelines, meetings;
    // Markdown. Bodies are most of a repository and each is needed once, for
    // its page: when the file holds the body verbatim, body_span says where
    // and `body` stays empty (render/site_context.h: case_study_body).
    std::string body;
    SourcePos body_pos;
    std::optional<TextSpan> body_span;
    std::optional<Evaluation> evaluation;
    std::vector<Link> links;
};

struct Document {
    std::string symbol;  // may be empty: not every record has one
    std::string title;
    std::string url;
};

struct Contribution {
    Party by;
    std::string presenter;  // the person who presented it, if recorded
    std::string title;
    std::string summary;  // Markdown
    SourcePos summary_pos;
};

struct Meeting {
    Origin origin;
    int number = 0;
    Date date;
    std::string venue, format, chair, opened_by;
    std::optional<Ref> chair_country;  // the Member State the chair came from
    std::optional<int> participants;
    std::string participants_note;  // e.g. "more than 150", as recorded
    // How many contributions the records give, for meetings whose contributions
    // are not (all) listed one by one in `contributions`.
    std::optional<int> contribution_count;
    std::string summary;
    std::string body;  // Markdown
    SourcePos body_pos;
    std::vector<std::string> outcomes;  // Markdown items
    std::vector<SourcePos> outcome_pos;
    std::vector<Document> documents;
    std::vector<Contribution> contributions;
};

struct Guideline {
    Origin origin;
    std::string title;
    std::string summary;
    std::string body;  // Markdown
    SourcePos body_pos;
    std::string url;
    std::optional<Ref> audience;
    std::optional<int> year;
};

struct Partner {
    Origin origin;
    std::string name;
    Ref kind;
    std::string summary;
    std::string body;  // Markdown
    SourcePos body_pos;
    std::string url;
};

struct VocabularyEntry {
    std::string id;
    std::string name;
    std::string summary;
};

struct Vocabulary {
    std::vector<VocabularyEntry> regions, themes, effort_categories, audiences, partner_kinds;
};

// One line of data/member-states.tsv: an ITU Member State, profiled or not.
struct MemberState {
    std::string code;    // upper-case ISO 3166-1 alpha-3, e.g. "POL"
    std::string name;    // English short name
    std::string region;  // ITU-D region id, e.g. "europe"
};

struct SiteConfig {
    std::string title;
    std::string description;
    std::string base_url;  // absolute, ends with '/'
    std::string language = "en";
    int feed_size = 20;
    std::string repository;  // e.g. "https://github.com/owner/name", no final '/'; may be empty
};

// Everything one build reads, each list sorted by id.
struct Content {
    SiteConfig site;
    Vocabulary vocabulary;
    std::vector<Country> countries;
    std::vector<CaseStudy> case_studies;
    std::vector<Meeting> meetings;  // sorted by number
    std::vector<Guideline> guidelines;
    std::vector<Partner> partners;
    // data/member-states.tsv, sorted by code; empty when the file is absent.
    std::vector<MemberState> member_states;
};

}  // namespace copsite
