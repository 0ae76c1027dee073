// libFuzzer: the YAML files of a Kattis package. The first byte picks the file the rest becomes:
// problem.yaml, a 2025-09 test_group.yaml, a test case's .yaml, or a legacy testdata.yaml; the
// other files of the package stay valid. A Problem or an InputError out, nothing else.
// A first byte of 248 or more (issue 16, CMS and DMOJ; below it the corpus keeps its meaning):
// even, a CMS task's task.yaml (with a gen/GEN); odd, a DMOJ problem's init.yml.
#include "tests/fuzz/package_fuzz.h"

namespace {

const std::filesystem::path& package_dir(const char* name) {
  static const std::filesystem::path root = FUZZ_FIXTURE_DIR;
  static const std::filesystem::path modern = [] {
    std::filesystem::path d = root / "kattis-modern";
    fuzz::put(d, "data/sample/1.in", "1\n");
    fuzz::put(d, "data/sample/1.ans", "1\n");
    for (const char* g : {"g1", "g2"}) {
      fuzz::put(d, std::string("data/secret/") + g + "/01.in", "1\n");
      fuzz::put(d, std::string("data/secret/") + g + "/01.ans", "1\n");
    }
    fuzz::put(d, "output_validator/v.cpp", "int main() {}\n");
    return d;
  }();
  static const std::filesystem::path legacy = [] {
    std::filesystem::path d = root / "kattis-legacy";
    fuzz::put(d, "problem.yaml", "name: x\n");
    fuzz::put(d, "data/secret/a/1.in", "1\n");
    fuzz::put(d, "data/secret/a/1.ans", "1\n");
    return d;
  }();
  return std::string_view(name) == "legacy" ? legacy : modern;
}

// CMS and DMOJ packages whose one YAML file is the input: tests the text may refer to.
void other_formats(bool cms, std::string_view text) {
  static const std::filesystem::path root = FUZZ_FIXTURE_DIR;
  static const std::filesystem::path task = [] {
    std::filesystem::path d = root / "cms-task";
    for (const char* n : {"0", "1"}) {
      fuzz::put(d, std::string("input/input") + n + ".txt", "1\n");
      fuzz::put(d, std::string("output/output") + n + ".txt", "1\n");
    }
    fuzz::put(d, "gen/GEN", "# ST: 40\n1\n# ST: 60\n2\n");
    return d;
  }();
  static const std::filesystem::path problem = [] {
    std::filesystem::path d = root / "dmoj-problem";
    for (const char* n : {"1.in", "1.out", "2.in", "2.out", "check.cpp"}) fuzz::put(d, n, "1\n");
    return d;
  }();
  fuzz::put(cms ? task : problem, cms ? "task.yaml" : "init.yml", text);
  fuzz::load(cms ? task : problem);
}

const char* const kModernProblem = "problem_format_version: 2025-09\ntype: scoring\nname: x\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] >= 248) {
    other_formats(data[0] % 2 == 0, text);
    return 0;
  }
  const std::filesystem::path& modern = package_dir("modern");
  fuzz::put(modern, "problem.yaml", kModernProblem);
  fuzz::put(modern, "data/secret/g1/test_group.yaml", "max_score: 40\n");
  fuzz::put(modern, "data/secret/g2/test_group.yaml", "max_score: 60\n");
  fuzz::put(modern, "data/secret/g2/01.yaml", "");
  switch (data[0] % 4) {
    case 0: fuzz::put(modern, "problem.yaml", text); break;
    case 1: fuzz::put(modern, "data/secret/g2/test_group.yaml", text); break;
    case 2: fuzz::put(modern, "data/secret/g2/01.yaml", text); break;
    default:
      fuzz::put(package_dir("legacy"), "data/secret/testdata.yaml", text);
      fuzz::load(package_dir("legacy"));
      return 0;
  }
  fuzz::load(modern);
  return 0;
}
