// What the fuzz targets share: FUZZ_CHECK stops the run (libFuzzer then saves the input) when a property the
// engine promises does not hold, with the condition and a note on stderr.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond, note)                                                                                         \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "%s:%d: check failed: %s (%s)\n", __FILE__, __LINE__, #cond, note);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
