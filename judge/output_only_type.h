// The problem's `type` key (docs/problem-format.md, "Output-only problems"): "batch" (the default:
// a program runs on each test) or "output-only" (the submission is the outputs themselves).
#pragma once

#include "judge/problem.h"
#include "judge/toml_reader.h"

namespace judge {

// Whether `root` declares an output-only problem. Throws InputError (file:line:column) for an
// unknown type, or for an output-only problem with what only a running program can use:
// [interactor], [file_io], graders.
bool read_output_only(TomlTable& root, const Problem& problem);

}  // namespace judge
