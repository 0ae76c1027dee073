// The command line of `judge batch`, and what it names, read and checked before any box exists.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli/sandbox_options.h"
#include "judge/batch/entry.h"
#include "judge/batch/problem_catalog.h"
#include "judge/language.h"

namespace cli {

struct BatchArgs {
  std::vector<std::string> inputs;  // SUBMISSIONS, or the files of --problem
  std::string problems_dir, problem_file, manifest, layout = "auto", out, language;
  std::string cache_dir, cache_max;
  std::vector<std::string> language_files;
  std::vector<std::pair<std::string, std::string>> summaries;  // format, file
  int jobs = 0;                                                // 0: the CPUs the judge may use
  bool rejudge = false, quiet = false;
  HostOptions host;
};

struct BatchInputs {
  judge::batch::ProblemCatalog problems;
  std::vector<judge::batch::Entry> entries;
  judge::Languages languages;
  std::filesystem::path cache_dir;
  std::uint64_t cache_max_bytes = 0;
  sandbox::SandboxOptions sandbox_options;
};

// Fills `args`; false when --help was asked (the help is printed). Throws UsageError, or
// Boost's errors, naming the option at fault.
bool parse_batch_args(int argc, char** argv, BatchArgs& args);
// Loads the problems, languages and entries. Throws UsageError or InputError (file:line).
BatchInputs load_batch_inputs(const BatchArgs& args);

}  // namespace cli
