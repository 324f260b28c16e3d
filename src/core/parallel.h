#pragma once

#include <cstddef>
#include <functional>

namespace copsite {

// Threads to use by default: every core the machine has.
unsigned default_threads();

// Calls fn(i, worker) for every i in [0, n) on up to `threads` threads,
// handing out indices one at a time so uneven items balance. `worker` (0 ..
// threads-1) lets callers keep per-thread state. REQUIRES: fn is thread-safe
// for distinct i and distinct workers. An exception from fn stops the work and
// is rethrown on the calling thread.
void parallel_for(std::size_t n, unsigned threads,
                  const std::function<void(std::size_t i, unsigned worker)>& fn);

// The same without the worker number.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& fn);

}  // namespace copsite
