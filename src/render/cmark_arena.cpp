#include "render/cmark_arena.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <utility>

namespace copsite {

namespace {

// The arena the cmark calls on this thread allocate from: the one context
// cmark's allocator functions cannot be given.
thread_local CmarkArena* current_arena = nullptr;

// Each allocation is preceded by its size, which realloc needs; 16 bytes
// keep what follows aligned as malloc's is.
constexpr std::size_t kHeader = 16;
constexpr std::size_t kBlock = 64 * 1024;

std::size_t round_up(std::size_t n) {
    return (n + 15) / 16 * 16;
}

std::size_t size_of(void* p) {
    std::size_t n;
    std::memcpy(&n, static_cast<std::byte*>(p) - kHeader, sizeof n);
    return n;
}

void set_size(void* p, std::size_t n) {
    std::memcpy(static_cast<std::byte*>(p) - kHeader, &n, sizeof n);
}

}  // namespace

CmarkArena::~CmarkArena() = default;

cmark_mem* CmarkArena::allocator() {
    static cmark_mem mem = {&CmarkArena::calloc, &CmarkArena::realloc, &CmarkArena::free};
    return &mem;
}

CmarkArena::Use::Use(CmarkArena& arena) : outer_(std::exchange(current_arena, &arena)) {}

CmarkArena::Use::~Use() {
    current_arena = outer_;
}

CmarkArena& CmarkArena::current() {
    if (!current_arena) std::terminate();
    return *current_arena;
}

void* CmarkArena::calloc(std::size_t count, std::size_t size) {
    void* p = current().allocate(count * size);
    std::memset(p, 0, count * size);
    return p;
}

void* CmarkArena::realloc(void* old, std::size_t size) {
    auto& arena = current();
    if (!old) return arena.allocate(size);
    const auto old_size = size_of(old);
    if (size <= old_size) return old;
    // A buffer grown right after it was made (most are) grows in place.
    const auto grown = round_up(size) - round_up(old_size);
    if (static_cast<std::byte*>(old) + round_up(old_size) == arena.next_ && grown <= arena.left_) {
        arena.next_ += grown;
        arena.left_ -= grown;
        set_size(old, size);
        return old;
    }
    void* p = arena.allocate(size);
    std::memcpy(p, old, old_size);
    return p;
}

void* CmarkArena::allocate(std::size_t size) {
    const auto need = kHeader + round_up(size);
    if (need > left_) {
        // A large buffer gets a block of its own; the small one stays.
        const auto block = std::max(kBlock, need);
        blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(block));
        if (block > kBlock) {
            void* p = blocks_.back().get() + kHeader;
            set_size(p, size);
            return p;
        }
        next_ = blocks_.back().get();
        left_ = block;
    }
    void* p = next_ + kHeader;
    next_ += need;
    left_ -= need;
    set_size(p, size);
    return p;
}

}  // namespace copsite
