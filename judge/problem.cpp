#include "judge/problem.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "judge/errors.h"
#include "judge/output_only_type.h"
#include "judge/test_groups.h"
#include "judge/toml_reader.h"

namespace judge {
namespace fs = std::filesystem;

bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) &&
        std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t i0 = i, j0 = j;
      while (i < a.size() && std::isdigit(static_cast<unsigned char>(a[i]))) ++i;
      while (j < b.size() && std::isdigit(static_cast<unsigned char>(b[j]))) ++j;
      std::string x = a.substr(i0, i - i0), y = b.substr(j0, j - j0);
      x.erase(0, std::min(x.find_first_not_of('0'), x.size()));
      y.erase(0, std::min(y.find_first_not_of('0'), y.size()));
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

namespace {

bool is_identifier(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
}

std::vector<TestCase> tests_from_dir(TomlTable& tests, const fs::path& base) {
  std::string dir_name = *tests.string("dir");
  fs::path dir = base / dir_name;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) tests.fail("dir", "'" + dir.string() + "' is not a directory");
  std::map<std::string, fs::path> inputs, answers;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string stem = entry.path().stem().string(), ext = entry.path().extension().string();
    if (ext == ".in") inputs[stem] = entry.path();
    if (ext == ".ans" || (ext == ".out" && !answers.count(stem))) answers[stem] = entry.path();
  }
  std::vector<TestCase> out;
  for (const auto& [name, input] : inputs) {
    auto answer = answers.find(name);
    if (answer == answers.end())
      tests.fail("dir", "test '" + name + "' has " + input.filename().string() + " but no " + name +
                            ".ans or " + name + ".out");
    out.push_back({name, input, answer->second});
  }
  for (const auto& [name, answer] : answers)
    if (!inputs.count(name))
      tests.fail("dir", "test '" + name + "' has " + answer.filename().string() + " but no " +
                            name + ".in");
  if (out.empty()) tests.fail("dir", "no tests (NAME.in with NAME.ans) in '" + dir.string() + "'");
  std::sort(out.begin(), out.end(),
            [](const TestCase& a, const TestCase& b) { return natural_less(a.name, b.name); });
  return out;
}

std::vector<TestCase> tests_from_cases(TomlTable& tests, std::vector<TomlTable>& cases,
                                       const fs::path& base) {
  std::vector<TestCase> out;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    TomlTable& c = cases[i];
    TestCase t;
    t.name = c.string("name").value_or(std::to_string(i + 1));
    for (const TestCase& other : out)
      if (other.name == t.name) c.fail("name", "duplicate test name '" + t.name + "'");
    t.input = base / c.required_string("input");
    t.answer = base / c.required_string("answer");
    std::error_code ec;
    if (!fs::is_regular_file(t.input, ec))
      c.fail("input", "no such file '" + t.input.string() + "'");
    if (!fs::is_regular_file(t.answer, ec))
      c.fail("answer", "no such file '" + t.answer.string() + "'");
    c.finish();
    out.push_back(std::move(t));
  }
  if (out.empty()) tests.fail("case", "no tests");
  return out;
}

// A key of another checker type: say so, rather than "unknown key".
void reject_foreign_keys(const TomlTable& table, const std::string& type) {
  const bool program = type == "kattis" || type == "testlib";
  auto keys = table.keys();
  auto has = [&](const char* key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  for (auto [key, owner] :
       {std::pair{"abs_tolerance", "float"}, std::pair{"rel_tolerance", "float"},
        std::pair{"case_sensitive", "tokens\" or \"float"},
        std::pair{"layout", "tokens\" or \"float"}})
    if (std::string_view(owner).find(type) == std::string_view::npos && has(key))
      table.fail(key, std::string("only for type = \"") + owner + "\", not \"" + type + "\"");
  for (const char* key : {"source", "program", "language", "args", "time_limit", "memory_limit"})
    if (!program && has(key))
      table.fail(key, "only for a checker program (type = \"kattis\" or \"testlib\"), not \"" +
                          type + "\"");
}

// source or program, language, args and the checker box's limits.
CheckerProgram read_checker_program(TomlTable& table, const fs::path& base) {
  CheckerProgram program;
  auto source = table.string("source");
  auto built = table.string("program");
  if (source && built) table.fail("program", "use either source or program, not both");
  if (!source && !built)
    table.fail_here("a checker program needs source = \"PATH\" or program = \"PATH\"");
  std::error_code ec;
  if (source) {
    program.source = base / *source;
    if (!fs::is_regular_file(program.source, ec))
      table.fail("source", "no such file '" + program.source.string() + "'");
  } else {
    program.program = base / *built;
    auto exec = fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
    if (!fs::is_regular_file(program.program, ec) ||
        (fs::status(program.program, ec).permissions() & exec) == fs::perms::none)
      table.fail("program", "no executable file '" + program.program.string() + "'");
  }
  program.language = table.string("language");
  if (program.language && built) table.fail("language", "only with source, not program");
  program.args = table.strings("args").value_or(std::vector<std::string>{});
  if (auto t = table.duration("time_limit")) {
    if (t->count() <= 0) table.fail("time_limit", "must be positive");
    program.limits.cpu_time = t;
    program.limits.wall_time = sandbox::default_wall_time(*t);
  }
  if (auto m = table.size("memory_limit")) {
    if (*m < (1u << 20)) table.fail("memory_limit", "must be at least 1MiB");
    program.limits.memory = m;
  }
  return program;
}

// tokens and float: layout = "any" (the default), "lines", "nonblank", "nonempty" or "exact".
Layout read_layout(TomlTable& table) {
  static const std::map<std::string, Layout> kLayouts{{"any", Layout::Any},
                                                      {"lines", Layout::Lines},
                                                      {"nonblank", Layout::NonBlank},
                                                      {"nonempty", Layout::NonEmpty},
                                                      {"exact", Layout::Exact}};
  auto name = table.string("layout");
  if (!name) return Layout::Any;
  auto it = kLayouts.find(*name);
  if (it == kLayouts.end())
    table.fail("layout",
               "unknown layout '" + *name + "' (use any, lines, nonblank, nonempty or exact)");
  return it->second;
}

CheckerSpec read_checker(std::optional<TomlTable> table, const fs::path& base) {
  CheckerSpec spec;
  if (!table) return spec;
  std::string type = table->string("type").value_or("tokens");
  static const std::map<std::string, CheckerType> kTypes{
      {"exact", CheckerType::Exact},   {"lines", CheckerType::Lines},
      {"tokens", CheckerType::Tokens}, {"float", CheckerType::Float},
      {"kattis", CheckerType::Kattis}, {"testlib", CheckerType::Testlib}};
  auto it = kTypes.find(type);
  if (it == kTypes.end())
    table->fail("type", "unknown checker '" + type +
                            "' (use exact, lines, tokens, float, kattis or testlib)");
  spec.type = it->second;
  if (spec.type == CheckerType::Float) {
    for (auto [key, field] : {std::pair{"abs_tolerance", &spec.abs_tolerance},
                              std::pair{"rel_tolerance", &spec.rel_tolerance}}) {
      if (auto v = table->number(key)) {
        if (!(*v >= 0) || *v >= 1) table->fail(key, "must be in [0, 1)");
        *field = *v;
      }
    }
  }
  if (spec.type == CheckerType::Tokens || spec.type == CheckerType::Float) {
    spec.case_sensitive = table->boolean("case_sensitive").value_or(true);
    spec.layout = read_layout(*table);
  }
  reject_foreign_keys(*table, type);
  if (spec.is_program()) spec.program = read_checker_program(*table, base);
  table->finish();
  return spec;
}

// [interactor]: a checker program's keys (type "kattis" or "testlib"), then multi_pass and passes.
std::optional<InteractorSpec> read_interactor(std::optional<TomlTable> table, const fs::path& base,
                                              const Problem& p, bool has_checker) {
  if (!table) return std::nullopt;
  InteractorSpec spec;
  auto type = table->string("type");
  if (!type) table->fail_here("needs type = \"kattis\" or type = \"testlib\"");
  if (*type != "kattis" && *type != "testlib")
    table->fail("type", "unknown interactor protocol '" + *type + "' (use kattis or testlib)");
  spec.program.type = *type == "kattis" ? CheckerType::Kattis : CheckerType::Testlib;
  spec.program.program = read_checker_program(*table, base);
  if (table->boolean("multi_pass").value_or(false)) {
    if (spec.program.type != CheckerType::Kattis)
      table->fail("multi_pass", "only with type = \"kattis\" (nextpass.in is a Kattis file)");
    spec.passes = 2;
  }
  if (auto passes = table->integer("passes")) {
    if (spec.passes == 1) table->fail("passes", "only with multi_pass = true");
    if (*passes < 2 || *passes > 100) table->fail("passes", "must be in [2, 100]");
    spec.passes = static_cast<unsigned>(*passes);
  }
  if (!p.file_io.input_file.empty() || !p.file_io.output_file.empty())
    table->fail_here("an interactive problem cannot also use file I/O ([file_io])");
  if (spec.program.type == CheckerType::Kattis && has_checker)
    table->fail("type", "a kattis interactor is the output validator: remove [checker]");
  spec.check_tout = spec.program.type == CheckerType::Testlib && has_checker;
  table->finish();
  return spec;
}

// [validator]: an input validator for `judge verify`, a checker program's keys and its protocol
// (type "kattis" or "testlib"); not run when grading.
std::vector<CheckerSpec> read_validator(std::optional<TomlTable> table, const fs::path& base) {
  if (!table) return {};
  CheckerSpec spec;
  auto type = table->string("type");
  if (!type) table->fail_here("needs type = \"kattis\" (exit 42 valid) or \"testlib\" (exit 0)");
  if (*type != "kattis" && *type != "testlib")
    table->fail("type", "unknown validator protocol '" + *type + "' (use kattis or testlib)");
  spec.type = *type == "kattis" ? CheckerType::Kattis : CheckerType::Testlib;
  spec.program = read_checker_program(*table, base);
  if (!spec.program.program.empty())
    table->fail("program", "an input validator is compiled from its source: use source = \"PATH\"");
  table->finish();
  return {spec};
}

// [manager]: a checker program's keys (no type: CMS's manager protocol is the only one), then
// processes and io.
std::optional<ManagerSpec> read_manager(std::optional<TomlTable> table, const Problem& p,
                                        bool has_checker) {
  if (!table) return std::nullopt;
  ManagerSpec spec;
  spec.program.type = CheckerType::Kattis;  // unused: a manager speaks CMS's protocol
  spec.program.program = read_checker_program(*table, p.dir);
  if (auto n = table->integer("processes")) {
    if (*n < 1 || *n > static_cast<std::int64_t>(kMaxProcesses))
      table->fail("processes", "must be in [1, " + std::to_string(kMaxProcesses) + "]");
    spec.processes = static_cast<unsigned>(*n);
  }
  std::string io = table->string("io").value_or("stdio");
  if (io != "stdio" && io != "fifo")
    table->fail("io", "unknown way to talk '" + io + "' (use stdio or fifo)");
  spec.io = io == "fifo" ? ManagerSpec::Io::Fifo : ManagerSpec::Io::Stdio;
  if (p.interactor) table->fail_here("a problem has either [manager] or [interactor], not both");
  if (p.output_only) table->fail_here("an output-only problem has no program to talk to a manager");
  if (!p.file_io.input_file.empty() || !p.file_io.output_file.empty())
    table->fail_here("a communication problem cannot also use file I/O ([file_io])");
  if (has_checker) table->fail_here("the manager gives the score: remove [checker]");
  table->finish();
  return spec;
}

// The keys of the limits; what is not given is left unset for sandbox::with_defaults().
sandbox::Limits read_limits(TomlTable& root) {
  sandbox::Limits limits;
  auto time_limit = root.duration("time_limit");
  if (!time_limit) root.fail("time_limit", "missing (required), e.g. time_limit = \"1s\"");
  if (time_limit->count() <= 0) root.fail("time_limit", "must be positive");
  limits.cpu_time = time_limit;
  auto memory = root.size("memory_limit");
  if (!memory) root.fail("memory_limit", "missing (required), e.g. memory_limit = \"256MiB\"");
  if (*memory < (1u << 20)) root.fail("memory_limit", "must be at least 1MiB");
  limits.memory = memory;
  limits.wall_time = root.duration("wall_time_limit");
  if (limits.wall_time && *limits.wall_time < *time_limit)
    root.fail("wall_time_limit", "must not be less than time_limit");
  limits.output = root.size("output_limit");
  if (limits.output && *limits.output == 0) root.fail("output_limit", "must be positive");
  // The checker holds the whole output in the judge's memory.
  if (limits.output && *limits.output > (1ull << 30))
    root.fail("output_limit", "must be at most 1GiB");
  return limits;
}

}  // namespace

namespace {

Problem load(const TomlFile& toml, const fs::path& file) {
  TomlTable root = toml.root();
  Problem p;
  p.file = file;
  p.dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();

  if (auto schema = root.integer("schema"); schema && *schema != 1)
    root.fail("schema",
              "unsupported schema " + std::to_string(*schema) + " (this judge reads schema 1)");
  p.name = root.required_string("name");
  if (!is_identifier(p.name))
    root.fail("name", "must be an identifier (letters, digits, '_' and '-')");
  p.title = root.string("title").value_or(p.name);
  p.limits = read_limits(root);

  auto tests = root.table("tests");
  if (!tests)
    root.fail("tests",
              "missing (required): a [tests] table with dir = \"tests\" or [[tests.case]] entries");
  auto cases = tests->tables("case");
  bool has_dir = tests->string("dir").has_value();
  if (has_dir && cases) tests->fail("case", "use either dir or [[tests.case]], not both");
  if (!has_dir && !cases) tests->fail_here("needs dir = \"...\" or [[tests.case]] entries");
  p.tests = has_dir ? tests_from_dir(*tests, p.dir) : tests_from_cases(*tests, *cases, p.dir);
  tests->finish();

  p.checker = read_checker(root.table("checker"), p.dir);
  // File I/O and graders: judge/file_io.cpp, judge/grader_files.cpp.
  p.file_io = read_file_io(root);
  p.graders = read_graders(root, p.dir);
  p.groups = read_groups(root.tables("groups"), p.tests);
  // Interactive problems (judge/interaction.h).
  p.interactor =
      read_interactor(root.table("interactor"), p.dir, p, root.table("checker").has_value());
  // Output-only problems (judge/output_only_type.h).
  p.output_only = read_output_only(root, p);
  // Input validators for `judge verify` (judge/package/validators.h).
  p.input_validators = read_validator(root.table("validator"), p.dir);
  // Communication problems (judge/communication_spec.h).
  p.manager = read_manager(root.table("manager"), p, root.table("checker").has_value());
  root.finish();
  return p;
}

}  // namespace

Problem load_problem(const fs::path& file) {
  return load(TomlFile(file), file);
}

Problem load_problem_text(std::string_view text, const fs::path& file) {
  return load(TomlFile(text, file.string()), file);
}

}  // namespace judge
