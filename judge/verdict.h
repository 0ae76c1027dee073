// Verdicts, and the report of one grading.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace judge {

// SKIPPED: a test not run (its group was decided, or a group it is in depends on one that did not
// get full points, or --fail-fast stopped); only problems with groups report it.
enum class Verdict { AC, WA, TLE, MLE, OLE, RE, CE, IE, SKIPPED };
std::string_view to_string(Verdict v);

struct CompileReport {
  // Skipped: the language has nothing to compile. NotRun: grading failed before the compile step.
  enum class Status { OK, CE, IE, Skipped, NotRun } status = Status::NotRun;
  bool cached = false;
  std::uint64_t cpu_us = 0, wall_us = 0, memory_bytes = 0;
  std::string log;      // the compiler's stdout and stderr
  std::string message;  // why it failed, when it did
};
std::string_view to_string(CompileReport::Status s);

// What one box used: an interactor's, or one pass of an interactive test's.
struct BoxFigures {
  std::uint64_t cpu_us = 0, wall_us = 0, memory_bytes = 0;
};

struct TestReport {
  std::string name;
  Verdict verdict = Verdict::IE;
  std::uint64_t cpu_us = 0, wall_us = 0, memory_bytes = 0;
  std::optional<int> exit_code, signal;
  std::string message;
  std::optional<double> score;  // a checker program's partial score, when it gave one
  // Interactive problems (judge/interaction.h): the figures above are the program's (its largest
  // CPU time and memory of any pass, its wall time over all passes); the interactor's apart, and
  // each pass's (multi-pass).
  std::optional<BoxFigures> interactor;
  struct Pass {
    BoxFigures program, interactor;
  };
  std::vector<Pass> passes;
  // Communication problems (judge/communication.h): the figures above are the copies' (CPU time
  // added up, the longest wall time, the largest memory); the manager's and each copy's apart.
  std::optional<BoxFigures> manager;
  std::vector<BoxFigures> copies;
};

// A group's result (problems with [[groups]] only).
struct GroupReport {
  std::string name;
  double score = 0, max_score = 0;
  // The first of its tests that is not AC (IE wins); AC; or SKIPPED: not graded (a dependency
  // without full points, or --fail-fast).
  Verdict verdict = Verdict::SKIPPED;
  std::vector<std::string> tests;
  std::string message;  // which test or which dependency decided it
};

struct Report {
  std::string problem, submission, language;
  Verdict verdict = Verdict::IE;
  std::string message;  // for IE, or which test decided the verdict
  CompileReport compile;
  std::vector<TestReport> tests;  // in test order; with --fail-fast, those that ran
  std::uint64_t max_cpu_us = 0, max_memory_bytes = 0;
  // The limits the tests ran with: the problem's times the language's time_factor (0 before a
  // language is known).
  std::uint64_t time_limit_us = 0, wall_time_limit_us = 0;
  std::string cgroup_backend;
  // Problems with groups: every test is in `tests` (those not run as SKIPPED), and the scores.
  std::vector<GroupReport> groups;
  double score = 0, max_score = 0;
  bool cancelled = false;  // GradeOptions::cancel stopped the grading before its last test
  // What the grading noticed without it changing a verdict: an output-only submission's files
  // that no test uses (judge/output_only.h).
  std::vector<std::string> warnings;
  // Traceability (issue 18): the problem's content hash (batch::problem_version), set by whoever
  // knows it; empty is `null` in the JSON.
  std::string problem_hash;
};

}  // namespace judge
