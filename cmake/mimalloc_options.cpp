// mimalloc settings of the executables that link it (cmake/Allocator.cmake): 2 MiB pages.
#include <mimalloc.h>

namespace {

// Before main, so that nearly every heap segment is taken from the OS as transparent huge pages
// and committed at once (also a thread's first segments, which mimalloc otherwise commits page by
// page): a 10,000-article run then takes under a third of the page faults (each one a costly trap
// on a VM), for about 10 MB more peak memory.
[[gnu::constructor]] void set_mimalloc_options() {
    mi_option_set(mi_option_large_os_pages, 1);
    mi_option_set(mi_option_eager_commit_delay, 0);
}

} // namespace
