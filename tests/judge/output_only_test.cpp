// Output-only problems (judge/output_only.h): a directory or a zip of output_<test>.txt files,
// each checked as if a program had printed it; nothing of the submission runs.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "judge/errors.h"
#include "judge/grader.h"
#include "judge/output_only_files.h"
#include "judge/problem.h"
#include "tests/support/box.h"
#include "tests/support/host_state.h"
#include "tests/support/shell_output.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

const fs::path kProblem = fs::path(JUDGE_SOURCE_DIR) / "problems/outputonly";
const std::vector<std::string> kTests{"1-1", "1-2", "2-1", "2-2"};

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string answer(const std::string& test) {
  std::ifstream in(kProblem / "tests" / (test + ".ans"));
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every right output in `dir`, as output_<test>.txt.
void write_outputs(const fs::path& dir) {
  for (const std::string& t : kTests) write(dir / ("output_" + t + ".txt"), answer(t));
}

// A zip of `entries` (name, text), written by Python's zipfile (names as given, '..' included).
void make_zip(const fs::path& zip, const std::vector<std::pair<std::string, std::string>>& entries,
              const fs::path& scratch) {
  std::string script = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1], 'w')\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    write(scratch / std::to_string(i), entries[i].second);
    script +=
        "z.write('" + (scratch / std::to_string(i)).string() + "', '" + entries[i].first + "')\n";
  }
  script += "z.close()\n";
  write(scratch / "zip.py", script);
  std::string command = "python3 " + (scratch / "zip.py").string() + " " + zip.string();
  ASSERT_EQ(std::system(command.c_str()), 0);
}

class OutputOnly : public ::testing::Test {
 protected:
  judge::Report grade(const fs::path& submission,
                      const fs::path& problem_file = kProblem / "problem.toml") {
    judge::Grader grader(test::shared_sandbox(),
                         judge::Languages::load({judge::Languages::default_file()}),
                         fs::path(TEST_BUILD_DIR) / "example-cache", work_.path);
    return grader.grade(judge::load_problem(problem_file), submission, {});
  }
  void TearDown() override {
    // Nothing left: no copies, no extracted zip, no feedback directory.
    EXPECT_TRUE(fs::is_empty(work_.path));
    EXPECT_EQ(test::leftovers(before_, test::HostState::capture()), "");
  }
  std::vector<std::string> verdicts(const judge::Report& r) {
    std::vector<std::string> out;
    for (const auto& t : r.tests) out.push_back(t.name + ":" + std::string(to_string(t.verdict)));
    return out;
  }

  test::HostState before_ = test::HostState::capture();
  test::TempDir work_{"output-only-work"}, dir_{"output-only"};
};

TEST_F(OutputOnly, DirectoryOfRightOutputsIsAcceptedWithFullScoreAndNoFigures) {
  judge::Report r = grade(kProblem / "submissions/accepted/all-outputs");
  EXPECT_EQ(to_string(r.verdict), "AC") << r.message;
  EXPECT_EQ(verdicts(r), (std::vector<std::string>{"1-1:AC", "1-2:AC", "2-1:AC", "2-2:AC"}));
  EXPECT_DOUBLE_EQ(r.score, 100);
  EXPECT_DOUBLE_EQ(r.max_score, 100);
  EXPECT_EQ(r.language, "output-only");
  EXPECT_EQ(r.compile.status, judge::CompileReport::Status::Skipped);
  EXPECT_TRUE(r.warnings.empty());
  for (const auto& t : r.tests) {
    EXPECT_EQ(t.cpu_us, 0u);
    EXPECT_EQ(t.memory_bytes, 0u);
  }
}

TEST_F(OutputOnly, ZipWithOneWrongFileScoresTheOtherSubtask) {
  judge::Report r = grade(kProblem / "submissions/wrong_answer/one-wrong.zip");
  EXPECT_EQ(to_string(r.verdict), "WA");
  EXPECT_EQ(verdicts(r), (std::vector<std::string>{"1-1:AC", "1-2:AC", "2-1:AC", "2-2:WA"}));
  EXPECT_DOUBLE_EQ(r.score, 40);
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_DOUBLE_EQ(r.groups[1].score, 0);
}

TEST_F(OutputOnly, MissingFileIsWrongAnswerForThatTestOnly) {
  write_outputs(dir_.path);
  fs::remove(dir_.path / "output_1-2.txt");
  judge::Report r = grade(dir_.path);
  EXPECT_EQ(to_string(r.verdict), "WA");
  EXPECT_EQ(verdicts(r), (std::vector<std::string>{"1-1:AC", "1-2:WA", "2-1:AC", "2-2:AC"}));
  EXPECT_EQ(r.tests[1].message, "no output_1-2.txt in the submission");
  EXPECT_DOUBLE_EQ(r.score, 60);
}

TEST_F(OutputOnly, ExtraFilesAreReportedNotAnError) {
  write_outputs(dir_.path);
  write(dir_.path / "notes.txt", "mine\n");
  write(dir_.path / "sub/output_1-1.txt", "6\n");
  judge::Report r = grade(dir_.path);
  EXPECT_EQ(to_string(r.verdict), "AC");
  EXPECT_EQ(r.warnings,
            (std::vector<std::string>{"extra file notes.txt ignored: no test has that name",
                                      "extra file sub ignored: no test has that name"}));
}

TEST_F(OutputOnly, CmsNumberingIsAccepted) {
  for (std::size_t i = 0; i < kTests.size(); ++i)
    write(dir_.path / ("output_00" + std::to_string(i) + ".txt"), answer(kTests[i]));
  judge::Report r = grade(dir_.path);
  EXPECT_EQ(to_string(r.verdict), "AC") << r.message;
  EXPECT_TRUE(r.warnings.empty());
}

TEST_F(OutputOnly, LinksAndFifosAreNotFollowedAndHugeFilesAreOutputLimitExceeded) {
  write_outputs(dir_.path);
  // The link's target is the right answer: following it would be AC.
  fs::remove(dir_.path / "output_1-1.txt");
  fs::create_symlink(kProblem / "tests/1-1.ans", dir_.path / "output_1-1.txt");
  fs::remove(dir_.path / "output_1-2.txt");
  ASSERT_EQ(::mkfifo((dir_.path / "output_1-2.txt").c_str(), 0600), 0);
  // Past the problem's 1KiB output limit, though right at the start.
  write(dir_.path / "output_2-1.txt", answer("2-1") + std::string(4096, ' '));
  // Without groups, so that every test is checked (a min group stops at its first failure).
  fs::path ungrouped = dir_.path / "ungrouped.toml";
  write(ungrouped,
        "type = \"output-only\"\nname = \"sums\"\ntime_limit = \"1s\"\n"
        "memory_limit = \"64MiB\"\noutput_limit = \"1KiB\"\n[tests]\ndir = \"" +
            (kProblem / "tests").string() + "\"\n");
  judge::Report r = grade(dir_.path, ungrouped);
  EXPECT_EQ(verdicts(r), (std::vector<std::string>{"1-1:WA", "1-2:WA", "2-1:OLE", "2-2:AC"}));
  EXPECT_EQ(r.tests[0].message, "output_1-1.txt is a symbolic link (not followed)");
  EXPECT_EQ(r.tests[1].message, "output_1-2.txt is not a regular file");
  EXPECT_EQ(r.tests[2].message, "output_2-1.txt is larger than the output limit (1024 bytes)");
}

TEST_F(OutputOnly, ZipLeavingItsDirectoryIsAClearError) {
  fs::path zip = dir_.path / "evil.zip";
  make_zip(zip, {{"output_1-1.txt", "6\n"}, {"../output_1-2.txt", "20\n"}}, dir_.path / "s");
  try {
    grade(zip);
    FAIL() << "graded";
  } catch (const judge::InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              zip.string() + ": entry '../output_1-2.txt': a path with '..'");
  }
}

TEST_F(OutputOnly, SubmissionThatIsNeitherADirectoryNorAZipIsAClearError) {
  fs::create_symlink(kProblem / "submissions/accepted/all-outputs", dir_.path / "link");
  EXPECT_THROW(grade(dir_.path / "link"), judge::InputError);
  write(dir_.path / "plain.txt", "6\n");
  try {
    grade(dir_.path / "plain.txt");
    FAIL() << "graded";
  } catch (const judge::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("not a zip"), std::string::npos) << e.what();
  }
}

TEST_F(OutputOnly, CheckerProgramChecksEachFile) {
  // pairsum's Kattis output validator, over files instead of a program's output.
  fs::path pairsum = fs::path(JUDGE_SOURCE_DIR) / "problems/pairsum";
  std::ifstream in(pairsum / "problem.toml");
  std::string toml(std::istreambuf_iterator<char>(in), {});
  toml = "type = \"output-only\"\n" + toml;
  fs::path problem = dir_.path / "pairsum/problem.toml";
  fs::create_directories(dir_.path / "pairsum");
  fs::copy(pairsum / "tests", dir_.path / "pairsum/tests", fs::copy_options::recursive);
  fs::copy(pairsum / "checker", dir_.path / "pairsum/checker", fs::copy_options::recursive);
  write(problem, toml);
  judge::Problem p = judge::load_problem(problem);
  ASSERT_GE(p.tests.size(), 2u);
  fs::path outputs = dir_.path / "outputs";
  for (const judge::TestCase& t : p.tests) {
    std::ifstream a(t.answer);
    write(outputs / ("output_" + t.name + ".txt"),
          std::string(std::istreambuf_iterator<char>(a), {}));
  }
  write(outputs / ("output_" + p.tests[1].name + ".txt"), "not numbers\n");
  judge::Report r = grade(outputs, problem);
  EXPECT_EQ(to_string(r.tests[0].verdict), "AC") << r.tests[0].message;
  EXPECT_EQ(to_string(r.tests[1].verdict), "WA") << r.tests[1].message;
  EXPECT_EQ(to_string(r.verdict), "WA");
}

TEST(OutputOnlyNames, ByTestNameThenCmsNumberUnlessATestHasThatName) {
  judge::Problem p;
  p.tests = {{"a", {}, {}}, {"001", {}, {}}};
  EXPECT_EQ(judge::output_names(p, 0),
            (std::vector<std::string>{"output_a.txt", "output_000.txt"}));
  EXPECT_EQ(judge::output_names(p, 1), (std::vector<std::string>{"output_001.txt"}));
}

TEST(OutputOnlyProblem, BadTypeIsAnErrorAtItsPlace) {
  std::string toml =
      "name = \"x\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n"
      "type = \"outputonly\"\n[tests]\ndir = \"tests\"\n";
  try {
    judge::load_problem_text(toml, kProblem / "problem.toml");
    FAIL() << "loaded";
  } catch (const judge::InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              (kProblem / "problem.toml").string() +
                  ":4:8: type: unknown problem type 'outputonly' (use batch or output-only)");
  }
  toml =
      "name = \"x\"\ntime_limit = \"1s\"\nmemory_limit = \"64MiB\"\n"
      "type = \"output-only\"\ninput_file = \"in.txt\"\n[tests]\ndir = \"tests\"\n";
  try {
    judge::load_problem_text(toml, kProblem / "problem.toml");
    FAIL() << "loaded";
  } catch (const judge::InputError& e) {
    EXPECT_NE(std::string(e.what()).find(":4:8: type: an output-only problem cannot use file I/O"),
              std::string::npos)
        << e.what();
  }
}

using Output = test::ShellOutput;

Output judge_cli(const std::string& args) {
  return test::run_shell(std::string(JUDGE_BINARY) + " " + args);
}

TEST(OutputOnlyCli, RunGradesADirectoryAndAZip) {
  std::string run = "run --cache-dir " + std::string(TEST_BUILD_DIR) + "/example-cache " +
                    kProblem.string() + " ";
  Output ac = judge_cli(run + (kProblem / "submissions/accepted/all-outputs").string());
  EXPECT_EQ(ac.status, 0) << ac.out;
  EXPECT_NE(ac.out.find("score: 100 / 100"), std::string::npos) << ac.out;
  Output extra = judge_cli(run + "--format json " +
                           (kProblem / "submissions/accepted/extra-file.zip").string());
  EXPECT_EQ(extra.status, 0) << extra.out;
  EXPECT_NE(
      extra.out.find(
          "\"warnings\": [\n    \"extra file notes.txt ignored: no test has that name\"\n  ]"),
      std::string::npos)
      << extra.out;
}

TEST(OutputOnlyCli, ADirectoryForAnOrdinaryProblemIsAnErrorWithStatus2) {
  fs::path aplusb = fs::path(JUDGE_SOURCE_DIR) / "problems/aplusb";
  Output o = judge_cli("run " + (aplusb / "problem.toml").string() + " " +
                       (aplusb / "submissions/accepted").string());
  EXPECT_EQ(o.status, 2) << o.out;
  EXPECT_NE(o.out.find((aplusb / "submissions/accepted").string() +
                       ": a directory, but problem 'aplusb' is not output-only"),
            std::string::npos)
      << o.out;
}

}  // namespace
