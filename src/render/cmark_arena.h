#pragma once

#include <cstddef>
#include <memory>
#include <vector>

struct cmark_mem;

// Where cmark allocates everything for one document (the parser, the nodes,
// their text, the HTML), all freed at once with the arena. A page's body is
// hundreds of nodes and buffers, which malloc handed out and took back one by
// one (and freeing the tree walked it again); here they lie together, in
// blocks the allocator hands back for the next page.
namespace copsite {

class CmarkArena {
  public:
    CmarkArena() = default;
    CmarkArena(const CmarkArena&) = delete;
    CmarkArena& operator=(const CmarkArena&) = delete;
    ~CmarkArena();

    // cmark's allocator: three functions with no context to pass, so they
    // use the arena a Use on the calling thread names, for the length of the
    // cmark calls it guards. A cmark call with this allocator outside any
    // Use is a bug, and terminates.
    static cmark_mem* allocator();

    class Use {
      public:
        explicit Use(CmarkArena& arena);
        Use(const Use&) = delete;
        Use& operator=(const Use&) = delete;
        ~Use();

      private:
        CmarkArena* outer_;
    };

  private:
    static void* calloc(std::size_t count, std::size_t size);
    static void* realloc(void* old, std::size_t size);
    static void free(void*) {}  // all go with the arena
    static CmarkArena& current();

    void* allocate(std::size_t size);

    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::byte* next_ = nullptr;  // in the last small block
    std::size_t left_ = 0;
};

}  // namespace copsite
