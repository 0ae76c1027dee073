// A manifest: the work listed in a file, CSV or JSON Lines.
#pragma once

#include <filesystem>
#include <vector>

#include "judge/batch/entry.h"

namespace judge::batch {

// CSV (`.csv`): a header naming the columns id, problem, submission and optionally language and
// who, in any order, then one row per entry. JSON Lines (any other name): one object per line with
// the same keys, all strings. Submission paths are relative to the manifest's folder; who
// defaults to the id. Throws InputError (file:line: field) for a malformed line, a missing or
// empty field, or a repeated id; whether the problem, file and language exist is the entry's
// matter (an error in its results line).
std::vector<Entry> read_manifest(const std::filesystem::path& file);

}  // namespace judge::batch
