// Between the passes of a Kattis multi-pass test: nextpass.in becomes the next pass's input (the
// interactor's: the program never sees an input), and the other feedback files the interactor
// wrote are in its /box again, as problemtools keeps its feedback directory.
#pragma once

#include <filesystem>

namespace judge {

// A regular file, not followed through a link.
bool is_regular(const std::filesystem::path& path);

// Copies `feedback`/nextpass.in to a file of the judge's in `work`; returns its path.
std::filesystem::path next_pass_input(const std::filesystem::path& feedback,
                                      const std::filesystem::path& work, unsigned pass);

// A directory with copies of the regular files of `feedback` but nextpass.in, writable by the
// interactor's box user: bound as its /box. Returns its path.
std::filesystem::path carry_feedback(const std::filesystem::path& feedback,
                                     const std::filesystem::path& work, unsigned pass);

}  // namespace judge
