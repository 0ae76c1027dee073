#include "judge/package/cms_task.h"

#include <cmath>

#include "judge/errors.h"
#include "judge/file_io.h"
#include "judge/package/cms_subtasks.h"
#include "judge/package/package_dir.h"
#include "judge/package/yaml_map.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxTests = 100'000;

// task.yaml keys that only matter to a contest (tokens, submission limits, scoring of several
// submissions, feedback, statements): ignored, as documented.
void ignore_contest_keys(YamlMap& yaml) {
  yaml.ignore({"token_mode",
               "token_max_number",
               "token_min_interval",
               "token_gen_initial",
               "token_gen_number",
               "token_gen_interval",
               "token_gen_max",
               "token_initial",
               "token_total",
               "token_gen_time",
               "token_max",
               "max_submission_number",
               "max_user_test_number",
               "min_submission_interval",
               "min_user_test_interval",
               "score_mode",
               "public_testcases",
               "risultati",
               "version",
               "primary_language",
               "feedback_level",
               "score_precision"});
}

// One of two names for a key (italy_yaml's Italian aliases): the first found.
std::optional<double> number(YamlMap& yaml, const char* key, const char* alias) {
  if (yaml.has(key) && yaml.has(alias)) yaml.fail(alias, std::string("and '") + key + "' both");
  auto value = yaml.number(key);
  auto other = yaml.number(alias);
  return value ? value : other;
}

class CmsReader {
 public:
  explicit CmsReader(const PackageDir& package)
      : package_(package), yaml_(YamlMap::load(package, task_yaml(package))) {}
  Problem read(const std::string& fallback_name);

 private:
  void read_limits(Problem& p);
  void read_file_io(Problem& p);
  std::size_t test_count(const std::optional<CmsGen>& gen);
  void read_tests(Problem& p, std::size_t count);
  void refuse_unsupported() const;
  std::optional<CheckerSpec> read_comparator() const;
  void read_graders(Problem& p) const;
  std::optional<CmsGen> read_gen() const;
  std::string where(const std::string& relative) const {
    return (package_.root() / relative).string();
  }

  static fs::path task_yaml(const PackageDir& package) {
    fs::path file = package.find("task.yaml");
    if (!package.is_file(file)) throw InputError(package.root().string() + "/task.yaml: missing");
    return file;
  }

  const PackageDir& package_;
  YamlMap yaml_;
};

void CmsReader::read_limits(Problem& p) {
  auto time = number(yaml_, "time_limit", "timeout");
  if (!time || !(*time > 0 && *time <= 86400))
    yaml_.fail("time_limit", "missing, or not a positive number of seconds");
  auto memory = number(yaml_, "memory_limit", "memlimit");
  if (!memory || !(*memory >= 1 && *memory <= 1 << 20))
    yaml_.fail("memory_limit", "missing, or not 1 to 1048576 (MiB)");
  p.limits.cpu_time = std::chrono::microseconds(std::llround(*time * 1e6));
  p.limits.memory = static_cast<std::uint64_t>(std::llround(*memory)) << 20;
}

// italy_yaml's defaults: input.txt and output.txt; an empty name is stdin or stdout.
void CmsReader::read_file_io(Problem& p) {
  for (auto [key, field, fallback] :
       {std::tuple{"infile", &p.file_io.input_file, "input.txt"},
        std::tuple{"outfile", &p.file_io.output_file, "output.txt"}}) {
    std::string name = yaml_.string(key).value_or(fallback);
    if (!name.empty() && !is_plain_file_name(name))
      yaml_.fail(key, "'" + name + "' is not a plain file name");
    *field = name;
  }
  if (!p.file_io.input_file.empty() && p.file_io.input_file == p.file_io.output_file)
    yaml_.fail("outfile", "the same file as infile");
}

std::size_t CmsReader::test_count(const std::optional<CmsGen>& gen) {
  auto n = yaml_.number("n_input");
  if (n && !(*n >= 1 && *n <= kMaxTests && std::floor(*n) == *n))
    yaml_.fail("n_input", "must be a whole number from 1 to " + std::to_string(kMaxTests));
  if (n && gen && gen->tests != static_cast<std::size_t>(*n))
    yaml_.fail("n_input", "differs from the " + std::to_string(gen->tests) + " tests of gen/GEN");
  if (!n && !gen) yaml_.fail("n_input", "missing (and there is no gen/GEN)");
  std::size_t count = n ? static_cast<std::size_t>(*n) : gen->tests;
  if (count == 0 || count > kMaxTests)
    throw InputError(where("gen/GEN") + ": " + std::to_string(count) + " tests (1 to " +
                     std::to_string(kMaxTests) + ")");
  return count;
}

void CmsReader::read_tests(Problem& p, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    std::string n = std::to_string(i);
    fs::path input = package_.find("input/input" + n + ".txt");
    fs::path answer = package_.find("output/output" + n + ".txt");
    if (!package_.is_file(input))
      throw InputError(where("input/input" + n + ".txt") + ": missing (test " + n + ")");
    if (!package_.is_file(answer))
      throw InputError(where("output/output" + n + ".txt") + ": missing (test " + n + ")");
    std::string name = (i < 10 ? "00" : i < 100 ? "0" : "") + n;  // CMS's codename, %03d
    p.tests.push_back({name, input, answer});
  }
}

std::optional<CmsGen> CmsReader::read_gen() const {
  fs::path file = package_.find("gen/GEN");
  if (!package_.is_file(file)) return std::nullopt;
  return parse_cms_gen(package_.read_text(file, 1 << 20), file.string());
}

}  // namespace

namespace {

void CmsReader::refuse_unsupported() const {
  // A task kept in version control holds the manager's source (cmsMake builds check/manager).
  for (const char* manager : {"check/manager", "cor/manager", "check/manager.cpp",
                              "cor/manager.cpp", "check/manager.c", "cor/manager.c"})
    if (package_.is_file(package_.find(manager)))
      throw InputError(where(manager) +
                       ": a manager means a Communication task, which is not supported");
}

// check/checker or cor/correttore: CMS runs the compiled program; this judge compiles its source
// (checker.cpp, checker.c) and runs it in a box, never a binary from the package.
std::optional<CheckerSpec> CmsReader::read_comparator() const {
  for (const char* binary : {"check/checker", "cor/correttore"}) {
    std::optional<fs::path> source;
    for (const char* ext : {".cpp", ".c"})
      if (fs::path f = package_.find(std::string(binary) + ext); package_.is_file(f)) source = f;
    if (source) {
      CheckerSpec spec;
      spec.type = CheckerType::Cms;
      spec.program.source = *source;
      return spec;
    }
    if (package_.is_file(package_.find(binary)))
      throw InputError(where(binary) + ": a comparator given only as a program; its source (" +
                       binary +
                       ".cpp or .c) is needed: this judge does not run a package's binaries");
  }
  return std::nullopt;
}

// sol/grader.EXT per language (C, C++, Python), with every header of sol/ for C and C++; the
// submission is compiled as NAME.EXT, as CMS names it (submission format "NAME.%l").
void CmsReader::read_graders(Problem& p) const {
  fs::path sol = package_.find("sol");
  if (!package_.is_dir(sol)) return;
  if (package_.is_file(package_.find("sol/grader.java")))
    throw InputError(where("sol/grader.java") + ": Java graders are not supported");
  std::vector<fs::path> headers;
  for (const fs::path& f : package_.list(sol))
    if (f.extension() == ".h" && package_.is_file(f)) headers.push_back(f);
  for (auto [ext, language] :
       {std::pair{".c", "c"}, std::pair{".cpp", "cpp"}, std::pair{".py", "python3"}}) {
    fs::path grader = package_.find(std::string("sol/grader") + ext);
    if (!package_.is_file(grader)) continue;
    GraderFiles files;
    files.files.push_back(grader);
    if (std::string(ext) != ".py")
      files.files.insert(files.files.end(), headers.begin(), headers.end());
    files.submission_name = p.name + ext;
    p.graders[language] = std::move(files);
  }
}

Problem CmsReader::read(const std::string& fallback_name) {
  Problem p;
  auto name = yaml_.string("name");
  auto italian = yaml_.string("nome_breve");
  if (name && italian) yaml_.fail("nome_breve", "and 'name' both");
  p.name = name ? *name : italian.value_or(fallback_name);
  if (!is_plain_file_name(p.name))
    yaml_.fail(name ? "name" : "nome_breve", "'" + p.name + "' is not a plain name");
  auto title = yaml_.string("title");
  auto nome = yaml_.string("nome");
  p.title = title ? *title : nome.value_or(p.name);
  // Output-only (CMS's OutputOnly): the submission is output_000.txt... (judge/output_only.h);
  // nothing runs, so limits and file names do not apply.
  p.output_only = yaml_.boolean("output_only").value_or(false);
  refuse_unsupported();
  if (p.output_only) {
    p.limits.cpu_time = std::chrono::seconds(1);
    p.limits.memory = 256ull << 20;
    yaml_.ignore({"time_limit", "timeout", "memory_limit", "memlimit", "infile", "outfile"});
  } else {
    read_limits(p);
    read_file_io(p);
  }
  std::optional<CmsGen> gen = read_gen();
  read_tests(p, test_count(gen));
  p.groups = cms_groups(yaml_, gen, p.tests.size());
  read_graders(p);
  yaml_.ignore({"num_processes"});  // Communication only, refused above
  ignore_contest_keys(yaml_);
  yaml_.finish();
  // A comparator, else CMS's white-diff (cms/grading/steps/whitediff.py): line by line, each line's
  // whitespace-separated tokens equal, case-sensitive; lines of whitespace at the end do not count.
  if (auto comparator = read_comparator()) {
    p.checker = *comparator;
  } else {
    p.checker.type = CheckerType::Tokens;
    p.checker.layout = Layout::Lines;
  }
  p.format = "cms";
  p.file = yaml_.file();
  p.dir = package_.root();
  return p;
}

}  // namespace

Problem load_cms_task(const PackageDir& package, const std::string& fallback_name) {
  return CmsReader(package).read(fallback_name);
}

}  // namespace judge

namespace judge {

std::vector<fs::path> cms_reference_solutions(const PackageDir& package,
                                              const std::string& task_name) {
  std::vector<fs::path> out;
  fs::path sol = package.find("sol");
  if (!package.is_dir(sol)) return out;
  for (const fs::path& file : package.list(sol)) {
    std::string stem = file.stem().string(), ext = file.extension().string();
    bool source = ext == ".c" || ext == ".cpp" || ext == ".py";
    if (source && (stem == task_name || stem == "soluzione") && package.is_file(file))
      out.push_back(file);
  }
  return out;
}

}  // namespace judge
