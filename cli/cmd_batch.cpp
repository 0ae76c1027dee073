// `judge batch`: grade many submissions (a class, a contest) in one resumable run.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "base/cpus.h"
#include "base/files.h"
#include "base/units.h"
#include "cli/batch_args.h"
#include "cli/commands.h"
#include "cli/stop_signals.h"
#include "cli/usage_error.h"
#include "judge/batch/grade_entry.h"
#include "judge/batch/progress.h"
#include "judge/batch/scheduler.h"
#include "judge/batch/summary.h"
#include "judge/batch/summary_html.h"
#include "judge/errors.h"

namespace cli {
namespace {

namespace batch = judge::batch;

// Every entry's final line (the latest in the log when it was skipped or not reached), in entry
// order: what the summaries show.
std::vector<nlohmann::json> final_lines(const std::vector<batch::Entry>& entries,
                                        const batch::ResultLog& log) {
  std::vector<nlohmann::json> lines;
  for (const batch::Entry& e : entries)
    if (auto line = log.latest(e.id)) lines.push_back(std::move(*line));
  return lines;
}

// Written whole under a temporary name, then renamed over FILE: a reader never sees half a
// summary, and a link at FILE is replaced rather than followed.
void write_whole(const std::string& file, const std::string& text) {
  std::filesystem::path tmp = file + ".tmp-" + std::to_string(::getpid());
  std::error_code ec;
  if (!base::write_new_file(tmp, text, 0644))
    throw judge::JudgeError("cannot write the summary " + file + ": " + std::strerror(errno));
  std::filesystem::rename(tmp, file, ec);
  if (ec) {
    std::filesystem::remove(tmp);
    throw judge::JudgeError("cannot write the summary " + file + ": " + ec.message());
  }
}

void write_summaries(const BatchArgs& args, const std::vector<batch::Entry>& entries,
                     const batch::ResultLog& log, const std::vector<nlohmann::json>& lines) {
  batch::Summary summary = batch::summarize(lines);
  for (const auto& [format, file] : args.summaries) {
    std::string text;
    if (format == "csv") {
      text = batch::summary_csv(summary);
    } else if (format == "md") {
      text = batch::summary_markdown(summary);
    } else if (format == "json") {
      text = batch::summary_json(summary).dump(2) + "\n";
    } else {
      std::vector<std::string> ids;
      for (const batch::Entry& e : entries) ids.push_back(e.id);
      text = batch::summary_html(summary, log.full_lines(ids));
    }
    write_whole(file, text);
  }
}

// One Grader per worker, made before any grading starts: each sweeps stale work directories
// when made, which must not race a grading of this process.
std::vector<std::unique_ptr<judge::Grader>> make_graders(const BatchArgs& args, BatchInputs& inputs,
                                                         sandbox::Sandbox& sandbox) {
  std::vector<std::unique_ptr<judge::Grader>> graders;
  for (int w = 0; w < args.jobs; ++w)
    graders.push_back(std::make_unique<judge::Grader>(sandbox, inputs.languages, inputs.cache_dir,
                                                      judge::Grader::WorkDirRoot(),
                                                      inputs.cache_max_bytes));
  return graders;
}

batch::Progress::Mode progress_mode(const BatchArgs& args) {
  if (args.quiet) return batch::Progress::Mode::Quiet;
  return ::isatty(2) ? batch::Progress::Mode::Live : batch::Progress::Mode::Lines;
}

// 0 when every entry has a graded line, 1 when some entry could not be graded.
int exit_status(const std::vector<nlohmann::json>& lines, std::size_t entries) {
  if (lines.size() < entries) return kExitVerdict;
  for (const nlohmann::json& line : lines)
    if (line.contains("error")) return kExitVerdict;
  return kExitOk;
}

// Grades what is not done yet, `args.jobs` at a time. Returns the stopping signal, or 0.
int grade_all(const BatchArgs& args, BatchInputs& inputs, batch::ResultLog& log) {
  std::atomic<bool> stop{false};
  StopSignals signals(stop);
  sandbox::Sandbox sandbox(inputs.sandbox_options);
  auto graders = make_graders(args, inputs, sandbox);
  batch::CompileGate gate;
  batch::EntryGrader grader(inputs.problems, log, gate, stop, args.rejudge);
  batch::Progress progress(std::cerr, progress_mode(args), inputs.entries.size());
  std::vector<int> cpus;
  if (args.jobs > 1) cpus = base::allowed_cpus();
  batch::run_on_workers(inputs.entries.size(), static_cast<unsigned>(args.jobs), cpus, stop,
                        [&](std::size_t i, unsigned worker) {
                          auto result = grader.run(inputs.entries[i], *graders[worker]);
                          if (result) progress.finished(result->line, result->skipped);
                        });
  progress.close(signals.received() != 0);
  return signals.received();
}

}  // namespace

int cmd_batch(int argc, char** argv) {
  BatchArgs args;
  BatchInputs inputs;
  try {
    if (!parse_batch_args(argc, argv, args)) return kExitOk;  // --help
    inputs = load_batch_inputs(args);
  } catch (const std::exception& e) {
    return report_usage_error("batch", e);
  }
  try {
    batch::ResultLog log(args.out);
    int signal = grade_all(args, inputs, log);
    if (signal) return 128 + signal;
    std::vector<nlohmann::json> lines = final_lines(inputs.entries, log);
    write_summaries(args, inputs.entries, log, lines);
    return exit_status(lines, inputs.entries.size());
  } catch (const judge::InputError& e) {
    return report_usage_error("batch", e);
  } catch (const std::exception& e) {
    std::cerr << "judge batch: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace cli
