#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace copsite {

unsigned default_threads() {
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(std::size_t n, unsigned threads,
                  const std::function<void(std::size_t, unsigned)>& fn) {
    const auto workers =
        static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, n)));
    if (workers <= 1) {
        for (std::size_t i = 0; i < n; ++i) fn(i, 0);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](unsigned worker) {
        for (std::size_t i; (i = next.fetch_add(1)) < n;) {
            try {
                fn(i, worker);
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = n;
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w);
    work(0);
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn) {
    parallel_for(n, threads, [&](std::size_t i, unsigned) { fn(i); });
}

}  // namespace copsite
