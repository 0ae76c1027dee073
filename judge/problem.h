// A problem: limits, tests and how answers are checked, loaded from problem.toml (schema 1,
// documented in docs/problem-format.md).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "judge/file_io.h"
#include "judge/grader_files.h"
#include "judge/test_groups.h"
#include "sandbox/limits.h"

namespace judge {

struct TestCase {
  std::string name;
  std::filesystem::path input;
  std::filesystem::path answer;
};

// Exact..Float are built in; Kattis and Testlib run a checker program of the problem's (in a box of
// its own, docs/problem-format.md); Cms, CMS's comparator protocol, only from a CMS task
// (judge/cms_protocol.h).
enum class CheckerType { Exact, Lines, Tokens, Float, Kattis, Testlib, Cms };

// A checker program: compiled from `source` (with the submissions' language table and cache), or
// `program`, a file already built, run as is. Exactly one of the two is set.
struct CheckerProgram {
  std::filesystem::path source;
  std::optional<std::string> language;  // a language id; unset: by the source's extension
  std::filesystem::path program;
  std::vector<std::string> args;  // after the protocol's own arguments
  sandbox::Limits limits = sandbox::checker_box_limits();
  // Files put beside the source in its compile box, read-only (a Polygon package's testlib.h);
  // those with one of the language's extensions are compiled with it.
  std::vector<std::filesystem::path> compile_files;
};

// Tokens and Float: what the layout of the whitespace between tokens must match
// (docs/problem-format.md "Line structure"; judge/checker.h).
enum class Layout {
  Any,       // nothing: tokens only
  Lines,     // each line has the same tokens; lines end at '\n'; blank lines count, but not at the
             // end (CMS's white-diff)
  NonBlank,  // lines end at '\n' or '\r'; lines of whitespace do not count (DMOJ's standard)
  NonEmpty,  // lines end at '\n' or '\r'; empty lines do not count, lines of whitespace do (DMOJ's
             // floats)
  Exact,     // the whitespace is byte for byte the answer's (Kattis's space_change_sensitive)
};

// Float: whose number syntax and tolerance formula, to the rounding. Judge and Kattis pass within
// abs_tolerance or rel_tolerance * |expected|; the Dmoj ones use abs_tolerance as DMOJ's epsilon.
enum class FloatRule { Judge, Kattis, DmojDefault, DmojAbsolute, DmojRelative };

struct CheckerSpec {
  CheckerType type = CheckerType::Tokens;
  double abs_tolerance = 1e-6;  // Float: a token passes within either tolerance
  double rel_tolerance = 1e-6;
  bool case_sensitive = true;               // Tokens, and Float's words
  Layout layout = Layout::Any;              // Tokens and Float
  FloatRule float_rule = FloatRule::Judge;  // Float
  // Lines: a line's spaces count, only whitespace may follow the answer's lines, and a '\r' before
  // '\n' is dropped (testlib's std::fcmp; not a problem.toml key).
  bool line_spaces_count = false;
  CheckerProgram program;  // Kattis, Testlib
  bool is_program() const {
    return type == CheckerType::Kattis || type == CheckerType::Testlib || type == CheckerType::Cms;
  }
};

// Interactive problems ([interactor], docs/problem-format.md "Interactive problems"): the program
// talks to this program through two pipes, each in its own box (judge/interaction.h).
struct InteractorSpec {
  CheckerSpec program;  // type Kattis or Testlib: the protocol; the interactor's program and limits
  // Kattis multi-pass: the program runs again on the nextpass.in the interactor wrote, at most
  // this many times in all (1: no multi-pass).
  unsigned passes = 1;
  // Testlib: the problem has a [checker], which then grades the interactor's TOUT file as the
  // output.
  bool check_tout = false;
};

// Communication problems ([manager], docs/problem-format.md "Communication problems", as CMS's
// Communication task type): a manager and `processes` copies of the program, each in its own box,
// each copy talking to the manager through its own two pipes (judge/communication.h).
struct ManagerSpec {
  CheckerSpec program;  // the manager's program and limits, as a checker program's (type unused)
  unsigned processes = 1;
  // How a copy gets its two pipes: as its stdin and stdout, or as names in its argv (CMS fifo_io).
  enum class Io { Stdio, Fifo } io = Io::Stdio;
};
inline constexpr unsigned kMaxProcesses = 16;

struct Problem {
  std::filesystem::path file;  // problem.toml
  std::filesystem::path dir;   // paths in the file are relative to this
  std::string name;
  std::string title;
  // What the file sets, per test: cpu_time and memory always, wall_time and output when given.
  // A test runs with sandbox::with_defaults() of these (and its language's pids).
  sandbox::Limits limits;
  std::vector<TestCase> tests;
  CheckerSpec checker;
  // File I/O and graders (docs/problem-format.md): judge/file_io.h, judge/grader_files.h.
  FileIo file_io;
  Graders graders;
  // Scored subtasks ([[groups]]); empty: no scores, every test counts for the verdict alone.
  std::vector<TestGroup> groups;
  // Problem packages (judge/package/load_any.h): the format read ("problem.toml", "kattis-legacy",
  // "kattis-2025-09", "polygon"), and for a zip its extracted copy, removed with the last Problem
  // that refers to it.
  std::string format = "problem.toml";
  std::shared_ptr<const void> package_files;
  // Interactive problems: set when problem.toml has an [interactor] table.
  std::optional<InteractorSpec> interactor;
  // Output-only problems (type = "output-only", judge/output_only.h): the submission is a
  // directory or a zip of output files, one per test; nothing is compiled or run.
  bool output_only = false;
  // Input validators (problem.toml's [validator]; `judge verify` finds a package's own in it,
  // judge/package/validators.h): type Kattis (exit 42 valid, 43 invalid) or Testlib (exit 0
  // valid), the input on stdin, program.args their arguments for every test.
  std::vector<CheckerSpec> input_validators;
  // Communication problems: set when problem.toml has a [manager] table.
  std::optional<ManagerSpec> manager;
};

// Throws InputError (file:line:column) for anything wrong: missing or unknown keys, wrong types,
// units, missing test files.
Problem load_problem(const std::filesystem::path& file);
// The same for the text of a problem file said to be at `file` (for tests and fuzzing).
Problem load_problem_text(std::string_view text, const std::filesystem::path& file);

// "2" < "10" < "a1" < "a2": digit runs compare as numbers.
bool natural_less(const std::string& a, const std::string& b);

}  // namespace judge
