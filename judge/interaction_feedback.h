// Between the passes of a Kattis multi-pass test: nextpass.in becomes the next pass's input (the
// interactor's: the program never sees an input), and the other feedback files the interactor
// wrote are in its /box again (seeded, not bound), as problemtools keeps its feedback directory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "sandbox/spec.h"

namespace judge {

// A regular file, not followed through a link.
bool is_regular(const std::filesystem::path& path);

// Copies `feedback`/nextpass.in to a file of the judge's in `work`; returns its path.
std::filesystem::path next_pass_input(const std::filesystem::path& feedback,
                                      const std::filesystem::path& work, unsigned pass);

// The regular files of `feedback` but nextpass.in (each read without following a link, at most
// kCarriedFileBytes, at most kCarriedFiles of them), to be seeded into the interactor's /box:
// written into its own tmpfs, so the interactor never writes to the host beyond the bounded
// files its box's collect takes out. Throws JudgeError for one that is too large.
std::vector<sandbox::SeedFile> carry_feedback(const std::filesystem::path& feedback);
inline constexpr std::uint64_t kCarriedFileBytes = 1 << 20;
inline constexpr std::size_t kCarriedFiles = 16;

}  // namespace judge
