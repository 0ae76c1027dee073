// The judge process's own memory, to show a run does not leak.
#pragma once

#include <cstddef>

namespace test {

// Resident set size of this process, in KiB.
std::size_t rss_kib();

// Bytes the allocator has handed out and not taken back. Under AddressSanitizer RSS also holds the
// quarantine of freed blocks (up to 256 MiB), so there only this number says whether a run leaked.
std::size_t heap_in_use_bytes();

// Whether RSS growth can mean a leak in this build (false under AddressSanitizer, see above).
bool rss_tracks_leaks();

}  // namespace test
