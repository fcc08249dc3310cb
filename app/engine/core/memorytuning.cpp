#include "memorytuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Ferry {

void tuneMemoryAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace Ferry
