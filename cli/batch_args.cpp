#include "cli/batch_args.h"

#include <boost/program_options.hpp>
#include <iostream>

#include "base/cpus.h"
#include "base/units.h"
#include "cli/usage_error.h"
#include "judge/artifact_cache.h"
#include "judge/batch/discover.h"
#include "judge/batch/manifest.h"

namespace po = boost::program_options;

namespace cli {
namespace {

namespace batch = judge::batch;

void add_batch_options(po::options_description& desc, BatchArgs& args) {
  desc.add_options()(
      "problems", po::value(&args.problems_dir),
      "the problems by name: DIR/<name> (problem.toml or a package) or DIR/<name>.zip")(
      "layout", po::value(&args.layout),
      "SUBMISSIONS as who/problem or problem/who (default auto: problem/who when every folder "
      "is a problem's name)")("manifest", po::value(&args.manifest),
                              "the work listed in a CSV or JSON Lines file")(
      "problem", po::value(&args.problem_file),
      "one problem (problem.toml, a package or a zip) for all the FILES given")(
      "out", po::value(&args.out), "results, one JSON line per submission (required)")(
      "summary", "csv|md|json|html FILE: a who x problem summary (repeatable)")(
      "rejudge", po::bool_switch(&args.rejudge), "grade again what --out already holds")(
      "jobs,j", po::value(&args.jobs),
      "submissions graded at once, each pinned to its own CPU (default: the CPUs allowed)")(
      "quiet,q", po::bool_switch(&args.quiet), "no progress output")(
      "language", po::value(&args.language), "language id for entries that name none")(
      "languages", po::value(&args.language_files), "extra languages file (repeatable)")(
      "cache-dir", po::value(&args.cache_dir), "compiled programs (default /var/cache/judge)")(
      "cache-max", po::value(&args.cache_max), "the cache's disk space (default 4GiB)")(
      "help,h", "this help");
  add_host_options(desc, args.host);
}

// Takes each "--summary FORMAT FILE" out of the command line: exactly two values, which Boost
// cannot say (a multitoken option would also swallow the SUBMISSIONS folder after it). Returns
// the rest for Boost.
std::vector<char*> take_summaries(int argc, char** argv, BatchArgs& args) {
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) != "--summary") {
      rest.push_back(argv[i]);
      continue;
    }
    if (i + 2 >= argc)
      throw UsageError("--summary takes a format and a file: --summary csv grades.csv");
    std::string format = argv[i + 1];
    if (format != "csv" && format != "md" && format != "json" && format != "html")
      throw UsageError("--summary: format '" + format + "' is not csv, md, json or html");
    args.summaries.emplace_back(format, argv[i + 2]);
    i += 2;
  }
  return rest;
}

void check_args(BatchArgs& args) {
  if (args.out.empty()) throw UsageError("--out FILE is required (try --help)");
  int forms = !args.manifest.empty() + !args.problem_file.empty() +
              (args.manifest.empty() && args.problem_file.empty() && !args.inputs.empty());
  if (forms != 1 || (!args.manifest.empty() && !args.inputs.empty()))
    throw UsageError(
        "give one of: SUBMISSIONS --problems DIR, --manifest FILE --problems DIR, "
        "or --problem FILE SUBMISSION...");
  if (!args.problem_file.empty() && args.inputs.empty())
    throw UsageError("--problem needs submission files after it");
  if (args.problem_file.empty() && args.problems_dir.empty())
    throw UsageError("--problems DIR is required with SUBMISSIONS or --manifest");
  if (args.inputs.size() > 1 && args.problem_file.empty())
    throw UsageError("one SUBMISSIONS folder (several files need --problem)");
  if (args.layout != "auto" && args.layout != "who/problem" && args.layout != "problem/who")
    throw UsageError("--layout must be auto, who/problem or problem/who");
  if (args.jobs < 0 || args.jobs > 1024) throw UsageError("--jobs must be in 1..1024");
  if (args.jobs == 0) args.jobs = static_cast<int>(base::allowed_cpus().size());
}

}  // namespace

bool parse_batch_args(int argc, char** argv, BatchArgs& args) {
  po::options_description desc(
      "judge batch [options] (SUBMISSIONS --problems DIR | --manifest FILE --problems DIR | "
      "--problem P.toml FILE...) --out RESULTS.jsonl");
  add_batch_options(desc, args);
  po::options_description hidden;
  hidden.add_options()("input", po::value(&args.inputs));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  std::vector<char*> rest = take_summaries(argc, argv, args);
  po::store(po::command_line_parser(static_cast<int>(rest.size()), rest.data())
                .options(all)
                .positional(positional)
                .run(),
            vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return false;
  }
  check_args(args);
  return true;
}

namespace {

std::vector<batch::Entry> find_entries(const BatchArgs& args,
                                       const batch::ProblemCatalog& problems) {
  if (!args.manifest.empty()) return batch::read_manifest(args.manifest);
  if (!args.problem_file.empty()) {
    std::vector<std::filesystem::path> files(args.inputs.begin(), args.inputs.end());
    return batch::discover_files(problems.names().front(), files);
  }
  batch::Layout layout = args.layout == "who/problem" ? batch::Layout::WhoFirst
                         : args.layout == "problem/who"
                             ? batch::Layout::ProblemFirst
                             : batch::detect_layout(args.inputs[0], problems);
  return batch::discover_folder(args.inputs[0], layout, problems);
}

// --cache-max, or the cache's default when not given.
std::uint64_t cache_max_bytes(const std::string& option) {
  if (option.empty()) return judge::ArtifactCache::kDefaultMaxBytes;
  try {
    return base::parse_size(option);
  } catch (const std::exception& e) {
    throw UsageError("--cache-max: " + std::string(e.what()));
  }
}

}  // namespace

BatchInputs load_batch_inputs(const BatchArgs& args) {
  BatchInputs inputs;
  inputs.cache_max_bytes = cache_max_bytes(args.cache_max);
  inputs.cache_dir = args.cache_dir.empty() ? judge::ArtifactCache::default_root()
                                            : std::filesystem::path(args.cache_dir);
  inputs.problems = args.problem_file.empty() ? batch::ProblemCatalog::from_dir(args.problems_dir)
                                              : batch::ProblemCatalog::single(args.problem_file);
  std::vector<std::filesystem::path> files = judge::Languages::default_files();
  files.insert(files.end(), args.language_files.begin(), args.language_files.end());
  inputs.languages = judge::Languages::load(files);
  inputs.entries = find_entries(args, inputs.problems);
  if (!args.language.empty())
    for (batch::Entry& e : inputs.entries)
      if (!e.language) e.language = args.language;
  inputs.sandbox_options = make_sandbox_options(args.host);
  return inputs;
}

}  // namespace cli
