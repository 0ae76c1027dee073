#include "tests/batch/class.h"

#include <fstream>
#include <vector>

namespace test {
namespace fs = std::filesystem;

namespace {

struct Sample {
  const char* file;  // under problems/<problem>/submissions/
  const char* verdict;
  double score = -1;  // for a scored problem: its score out of 100
};

const std::vector<Sample> kAplusb{
    {"accepted/main.cpp", "AC"},
    {"wrong_answer/off_by_one.c", "WA"},
    {"accepted/main.py", "AC"},
    {"compile_error/missing_semicolon.cpp", "CE"},
    {"run_time_error/exit_code.py", "RE"},
    {"accepted/main.c", "AC"},
    {"wrong_answer/int32.cpp", "WA"},
    {"run_time_error/divide_by_zero.cpp", "RE"},
    {"wrong_answer/via_double.py", "WA"},
    {"accepted/int128.cpp", "AC"},
};
const std::vector<Sample> kSort{
    {"accepted/main.py", "AC"},
    {"wrong_answer/one_per_line.cpp", "WA"},
    {"accepted/qsort.c", "AC"},
    {"run_time_error/uncaught_exception.py", "RE"},
    {"compile_error/sort_without_ranges.cpp", "CE"},
    {"accepted/main.cpp", "AC"},
    {"wrong_answer/string_sort.py", "WA"},
};
// Subtasks 20 + 30 + 50: partial scores for a wrong or slow answer on the larger ones. The slow
// one uses its 1 s of CPU on one test (then the rest is skipped): 5 of 40 students.
const std::vector<Sample> kDivcount{
    {"accepted/sqrt.py", "AC", 100},
    {"wrong_answer/int32.cpp", "WA", 50},
    {"wrong_answer/twice.py", "WA", 0},
    {"accepted/sqrt.cpp", "AC", 100},
    {"run_time_error/recursion.py", "RE", 0},
    {"compile_error/missing_type.cpp", "CE", 0},
    {"time_limit_exceeded/quadratic.cpp", "TLE", 20},
    {"run_time_error/divide_by_zero.cpp", "RE", 0},
};

void add(GeneratedClass& c, const std::string& who, const std::string& problem,
         const Sample& sample) {
  fs::path from = fs::path(JUDGE_SOURCE_DIR) / "problems" / problem / "submissions" / sample.file;
  fs::path to = c.root / who / (problem + from.extension().string());
  fs::create_directories(to.parent_path());
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
  std::string id = who + "/" + problem;
  c.expected[id] = sample.verdict;
  c.sources[id] = to;
  if (sample.score >= 0) c.scores[id] = sample.score;
}

// Entries the batch must report and go past: an unknown problem, an unknown language, a link
// (dangling, or to a file of the host the student should not see) and two files for one cell.
void add_broken(GeneratedClass& c) {
  fs::path broken = c.root / "zz-broken";
  fs::create_directories(broken);
  std::ofstream(broken / "nosuch.cpp") << "int main() {}\n";
  std::ofstream(broken / "aplusb.txt") << "1 + 1\n";
  fs::create_symlink(broken / "gone.cpp", broken / "sort.cpp");
  // A hidden file the batch never reads itself, named by a student's link.
  std::ofstream(c.root / ".secret.cpp") << "int main() { return kSecretOfTheHost; }\n";
  fs::path link = c.root / "zz-link";
  fs::create_directories(link);
  fs::create_symlink(c.root / ".secret.cpp", link / "aplusb.cpp");
  fs::path twice = c.root / "zz-twice";
  fs::create_directories(twice);
  std::ofstream(twice / "aplusb.cpp") << "int main() {}\n";
  std::ofstream(twice / "aplusb.py") << "print(0)\n";
  for (const char* id : {"zz-broken/nosuch", "zz-broken/aplusb", "zz-broken/sort", "zz-link/aplusb",
                         "zz-twice/aplusb"})
    c.expected[id] = "ERROR";
}

}  // namespace

GeneratedClass generate_class(const fs::path& root, int students) {
  GeneratedClass c;
  c.root = root;
  for (int i = 0; i < students; ++i) {
    std::string who = "student" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    add(c, who, "aplusb", kAplusb[i % kAplusb.size()]);
    // Sort's list is shorter: students i and i + 7 send the same file, which compiles once.
    add(c, who, "sort", kSort[i % kSort.size()]);
    add(c, who, "divcount", kDivcount[i % kDivcount.size()]);
  }
  add_broken(c);
  return c;
}

}  // namespace test
