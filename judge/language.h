// Languages: how a submission is compiled and run, read from TOML files (judge/languages.toml,
// then any files the user adds). Documented in docs/languages.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sandbox/limits.h"

namespace judge {

struct Language {
  std::string id;
  std::string name;
  std::vector<std::string> extensions;
  std::string source;  // the submission's file name in the compile box
  // "{sources}", a whole argument of compile or artifacts, is the submission and the grader's
  // source files; "{main}" in run the grader's main file, else the submission
  // (judge/grader_build.h).
  std::vector<std::string> compile;    // empty: nothing to compile
  std::vector<std::string> artifacts;  // names or globs in the compile box's /box, kept at /sol
  std::vector<std::string> run;        // {memory_mib} and {main} are replaced
  // The compile box's limits: cpu_time, wall_time, memory, output (the largest artifact), pids
  // and disk, all set; the compile_*_limit keys override the defaults.
  sandbox::Limits compile_limits = sandbox::compile_box_limits();
  std::uint32_t max_artifacts =
      sandbox::defaults::kCompileArtifacts;  // files the compile hands over
  std::optional<std::uint32_t> run_pids;     // run_pids_limit; unset: the default of every run
  std::vector<std::string> env;              // NAME=value for compile and run, beside PATH and HOME
  // Said when a compile succeeds but leaves none of the artifacts (why that happens in the
  // language).
  std::string no_artifacts_hint;
  // A failed run whose stderr holds this ran out of memory in its runtime (the JVM's heap): MLE.
  std::string out_of_memory_stderr;
  // Headers compiled once into a PCH for the compiles that include them (judge/pch.h).
  std::vector<std::string> precompiled_headers;
  double time_factor = 1.0;  // in [1, 10]: the problem's time limits are multiplied by it
  // The Debian package that brings the toolchain, for `judge doctor` to name (empty: not said).
  std::string debian_package;
  // Java (judge/java_class.h): the source is named after its public class, and the compile leaves
  // the class to run in the artifact main-class.
  bool java_class_detection = false;

  // The limits of a test in this language: the problem's, its time limits times time_factor, the
  // language's pids, with the defaults of every run (sandbox::with_defaults).
  sandbox::Limits run_limits(sandbox::Limits problem_limits) const;

  // The run command for a memory limit ({main}, where still there: the source).
  std::vector<std::string> run_command(std::uint64_t memory_limit) const;
};

class Languages {
 public:
  // Reads `files` in order; a later table with the same id replaces an earlier one.
  // Throws InputError (file:line:column).
  static Languages load(const std::vector<std::filesystem::path>& files);
  // The shipped file: $JUDGE_LANGUAGES, else /etc/judge/languages.toml, else the source tree's,
  // else the installed package's (/usr/share/judge/languages.toml).
  static std::filesystem::path default_file();
  // Issue 18: default_file(), then /etc/judge/languages.d/*.toml in name order (the operator's
  // additions and overrides, untouched by package upgrades). What the CLI loads.
  static std::vector<std::filesystem::path> default_files();

  const Language* find(const std::string& id) const;
  // By extension of `submission`; nullptr when none matches. An extension two files claim goes to
  // the language of the later file.
  const Language* detect(const std::filesystem::path& submission) const;
  const std::map<std::string, Language>& all() const { return languages_; }

 private:
  std::map<std::string, Language> languages_;
  std::map<std::string, std::string> by_extension_;  // extension -> language id
};

// Whether the program a command starts exists on this host (in /usr/bin or /bin, as in a box).
bool command_available(const std::vector<std::string>& argv);

}  // namespace judge
