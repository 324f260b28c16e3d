#include "emit/write_site.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "core/parallel.h"
#include "emit/explorer_json.h"
#include "emit/feed.h"
#include "emit/search_index.h"
#include "emit/sitemap.h"
#include "emit/staging.h"
#include "render/page_renderer.h"
#include "schema/json_schema.h"

namespace copsite {

namespace {

// Collects results from worker threads.
class Outcome {
  public:
    void wrote(std::size_t bytes, bool page) {
        files_ += 1;
        bytes_ += bytes;
        if (page) pages_ += 1;
    }
    void fail(std::string message) {
        std::lock_guard lock(mutex_);
        if (errors_.size() < 20) errors_.push_back(std::move(message));
        failed_ = true;
    }
    bool failed() const { return failed_; }
    EmitResult result() {
        return {{pages_.load(), files_.load(), bytes_.load()}, std::move(errors_)};
    }

  private:
    std::atomic<std::size_t> pages_{0}, files_{0};
    std::atomic<std::uint64_t> bytes_{0};
    std::atomic<bool> failed_{false};
    std::mutex mutex_;
    std::vector<std::string> errors_;
};

void write_file(const Staging& staging, const std::string& path, std::string_view bytes, bool page,
                Outcome& outcome) {
    std::string error;
    if (staging.write(path, bytes, error))
        outcome.wrote(bytes.size(), page);
    else
        outcome.fail(error);
}

// Files search entries in document order while page jobs on several
// threads hand them over nearly in that order.
class SearchIndexFeed {
  public:
    explicit SearchIndexFeed(std::size_t docs) : docs_(docs) {}
    // Hands over entry `doc` and files what can be filed; returns the finished
    // index to the thread that files the last entry, while the others go on
    // with the pages that make none (they come last).
    std::optional<std::string> add(std::size_t doc, SearchEntry entry) {
        {
            std::lock_guard lock(waiting_mutex_);
            waiting_.emplace(doc, std::move(entry));
            // Entries are filed kBatch at a time, or all that are left: the
            // index's tables move into the cache of the core that files, and
            // moving them for every entry doubled the time spent looking
            // words up (two threads, 10k).
            if (waiting_.size() < kBatch && filed_seen_ + waiting_.size() < docs_)
                return std::nullopt;
        }
        return file_waiting();
    }
    // Files the entries that are next in order. Filing is the slow part: a
    // thread that finds another one filing leaves its entry to that one
    // rather than wait; once the pages are done, this files any left over.
    std::optional<std::string> file_waiting() {
        const std::unique_lock filing(filing_mutex_, std::try_to_lock);
        if (!filing) return std::nullopt;
        for (std::vector<SearchEntry> ready;; ready.clear()) {
            {
                std::lock_guard lock(waiting_mutex_);
                for (auto it = waiting_.begin();
                     it != waiting_.end() && it->first == filed_ + ready.size();
                     it = waiting_.erase(it))
                    ready.push_back(std::move(it->second));
                filed_seen_ = filed_ + ready.size();
            }
            if (ready.empty()) break;
            for (const auto& entry : ready) index_.add(entry);
            filed_ += ready.size();
        }
        if (filed_ != docs_ || finished_) return std::nullopt;
        finished_ = true;
        return std::move(index_).finish();
    }
    bool finished() const { return finished_; }

  private:
    static constexpr std::size_t kBatch = 32;
    std::mutex waiting_mutex_;  // guards waiting_ and filed_seen_
    std::map<std::size_t, SearchEntry> waiting_;
    std::size_t filed_seen_ = 0;  // filed_ once the batch being filed is in
    std::mutex filing_mutex_;     // guards the rest
    std::size_t filed_ = 0;
    const std::size_t docs_;
    bool finished_ = false;
    SearchIndexWriter index_;
};

// Where each page worth finding sits in the search index (search_documents).
class SearchDocNumbers {
  public:
    explicit SearchDocNumbers(const std::vector<SearchDoc>& docs) {
        for (std::size_t n = 0; n < docs.size(); ++n) {
            auto& numbers = by_kind_[static_cast<std::size_t>(docs[n].kind)];
            if (numbers.size() <= docs[n].index) numbers.resize(docs[n].index + 1);
            numbers[docs[n].index] = n;
        }
    }
    std::optional<std::size_t> of(const PageJob& job) const {
        const auto doc = search_doc(job);
        if (!doc) return std::nullopt;
        return by_kind_[static_cast<std::size_t>(doc->kind)].at(doc->index);
    }

  private:
    std::array<std::vector<std::size_t>, kSearchKinds> by_kind_;
};

// A file besides the pages, made whole in memory.
struct WholeFile {
    std::string path;
    std::function<std::string()> make;
};

// The feed, the sitemap, robots.txt, the explorer's data, the editors'
// schemas (published beside the pages they describe) and the theme's assets.
std::vector<WholeFile> whole_files(const SiteContext& ctx, const Theme& theme,
                                   const std::vector<PageJob>& jobs) {
    std::vector<WholeFile> files = {
        {"feed.xml", [&] { return feed_xml(ctx); }},
        {"sitemap.xml", [&] { return sitemap_xml(ctx, jobs); }},
        {"case-studies/explorer.json", [&] { return explorer_json(ctx, *ctx.explorer); }},
        {"robots.txt", [&] { return robots_txt(ctx); }},
    };
    for (auto& schema : content_schemas(schema_ids(ctx.content())))
        files.push_back({std::string(kSchemaDir) + "/" + schema.name,
                         [json = std::move(schema.json)] { return json; }});
    for (const auto& asset : theme.assets)
        files.push_back({"assets/" + asset.first, [&asset] { return asset.second; }});
    return files;
}

// Writes the whole files and every page, and files the search entries made
// with the pages through `search`, writing the search index as soon as the
// last is in. The whole files go first, so that their memory is free again
// before the pages and the search index need theirs; they and the pages
// share the threads.
void write_pages(const SiteContext& ctx, const Theme& theme, const std::vector<WholeFile>& files,
                 const std::vector<PageJob>& jobs, const std::vector<SearchDoc>& docs,
                 const Staging& staging, unsigned threads, Outcome& outcome,
                 SearchIndexFeed& search) {
    // The pages worth finding run first, in index order, so their search
    // entries arrive nearly in order and few wait in memory; then the rest.
    const SearchDocNumbers numbers(docs);
    std::vector<std::pair<std::size_t, std::size_t>> order;  // (sort key, job)
    for (std::size_t i = 0; i < jobs.size(); ++i)
        order.emplace_back(numbers.of(jobs[i]).value_or(jobs.size() + i), i);
    std::sort(order.begin(), order.end());
    // Every case study's card is rendered once, for all the pages listing it.
    const auto cards = std::make_shared<const CaseStudyCards>(ctx, theme.templates, threads);
    for (const auto& problem : cards->problems()) outcome.fail("theme bug: " + problem);
    if (outcome.failed()) return;
    std::vector<std::unique_ptr<PageRenderer>> renderers(std::max(1u, threads));
    parallel_for(files.size() + jobs.size(), threads, [&](std::size_t k, unsigned worker) {
        if (outcome.failed()) return;
        if (k < files.size())
            return write_file(staging, files[k].path, files[k].make(), false, outcome);
        k -= files.size();
        const auto& job = jobs[order[k].second];
        auto& renderer = renderers[worker];
        if (!renderer) renderer = std::make_unique<PageRenderer>(ctx, theme.templates, cards);
        auto page = renderer->render(job);
        for (const auto& missing : page.missing)
            outcome.fail("theme bug on /" + job.site_path + ": " + missing);
        if (!page.missing.empty()) return;
        write_file(staging, output_file(job.site_path), page.html, true, outcome);
        if (!page.search_entry) return;
        if (auto index = search.add(order[k].first, std::move(*page.search_entry)))
            write_file(staging, "search-index.json", *index, false, outcome);
    });
}

}  // namespace

EmitResult write_site(const SiteContext& ctx, const Theme& theme, const std::filesystem::path& out,
                      unsigned threads) {
    std::string error;
    auto staging = Staging::open(out, error);
    if (!staging) return {{}, {error}};
    Outcome outcome;
    try {
        const auto jobs = plan_pages(ctx);
        const auto files = whole_files(ctx, theme, jobs);
        const auto docs = search_documents(ctx);
        SearchIndexFeed search(docs.size());
        write_pages(ctx, theme, files, jobs, docs, *staging, threads, outcome, search);
        // Entries left waiting, if any (and the index of a site with none).
        if (auto index = search.file_waiting())
            write_file(*staging, "search-index.json", *index, false, outcome);
        if (!search.finished() && !outcome.failed())
            outcome.fail("internal error: a page worth finding made no search entry");
        write_file(*staging, kSiteMarker, "This folder is generated by copsite build.\n", false,
                   outcome);
    } catch (const ContentChanged& e) {
        outcome.fail(e.what());
    } catch (const std::exception& e) {
        outcome.fail(std::string("internal error: ") + e.what());
    }
    if (!outcome.failed() && !staging->publish(error)) outcome.fail(error);
    return outcome.result();
}

}  // namespace copsite
