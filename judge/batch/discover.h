// Finding the work in a folder of submissions, or in a list of files for one problem.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/batch/entry.h"
#include "judge/batch/problem_catalog.h"

namespace judge::batch {

// SUBMISSIONS/<who>/<problem>.<ext> (WhoFirst) or SUBMISSIONS/<problem>/<who>.<ext>
// (ProblemFirst).
enum class Layout { WhoFirst, ProblemFirst };

// ProblemFirst when every subfolder of `root` is named after a known problem, else WhoFirst.
Layout detect_layout(const std::filesystem::path& root, const ProblemCatalog& catalog);

// One entry per file two levels down (names starting with '.' are skipped), id "<who>/<problem>",
// sorted by id. A file whose problem is not in `catalog`, and two files for the same id, become
// an entry with an error. Throws InputError when `root` cannot be listed.
std::vector<Entry> discover_folder(const std::filesystem::path& root, Layout layout,
                                   const ProblemCatalog& catalog);

// `--problem P FILE...`: who is each file's name without its extension, id "<who>/<problem>".
std::vector<Entry> discover_files(const std::string& problem,
                                  const std::vector<std::filesystem::path>& files);

// Entries with the same id become one entry with an error naming the files: which one to grade
// would be a guess.
void mark_duplicate_ids(std::vector<Entry>& entries);

}  // namespace judge::batch
