// Every test starts fresh, end to end: tests/programs/leftovers.c graded as a C submission by the
// judge's own engine. Its input picks "leave" (leave something of every clause behind) or "look"
// (print "clean" unless something of an earlier test is found), so a leftover carried from one
// test to the next would be WA. A control leaves and looks in one test: it must be WA.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "judge/grader.h"
#include "judge/problem.h"
#include "tests/sandbox/fresh_sandbox.h"
#include "tests/support/languages_any_host.h"
#include "tests/support/problem_files.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using judge::Verdict;

class FreshGrading : public ::testing::Test {
 protected:
  // A problem of the tests (input, answer), and its grading with `jobs` boxes at once. The compile
  // cache is the one of the judge tests: the program is compiled once per build directory.
  judge::Report grade(const std::string& name,
                      const std::vector<std::pair<std::string, std::string>>& tests,
                      unsigned jobs) {
    fs::path problem = temp_.path / name;
    for (std::size_t i = 0; i < tests.size(); ++i)
      test::write_test_case(problem, std::to_string(i + 1), tests[i].first, tests[i].second);
    std::ofstream(problem / "problem.toml")
        << "name = \"" << name << "\"\ntime_limit = \"5s\"\nmemory_limit = \"256MiB\"\n"
        << "[tests]\ndir = \"tests\"\n";
    fs::create_directories(temp_.path / "work");
    // Compile limits fit for the VM leg's emulation, where this compile took over 10 s of CPU.
    judge::Grader grader(test::fresh_sandbox(),
                         judge::Languages::load({test::languages_for_any_host(
                             {judge::Languages::default_file()}, temp_.path)}),
                         fs::path(TEST_BUILD_DIR) / "example-cache", temp_.path / "work");
    judge::GradeOptions options;
    options.jobs = jobs;
    judge::Report report =
        grader.grade(judge::load_problem(problem / "problem.toml"), LEFTOVERS_SOURCE, options);
    EXPECT_EQ(test::processes_of_fresh_boxes(), "");
    return report;
  }

  static std::string verdicts(const judge::Report& report) {
    std::string out;
    for (const auto& t : report.tests) out += std::string(judge::to_string(t.verdict)) + " ";
    return out;
  }

  test::TempDir temp_{"judge-fresh-grading"};
};

// Test 2 looks for what test 1 left, test 4 for what test 3 left; with --jobs 2 a look also runs
// beside a leave.
const std::vector<std::pair<std::string, std::string>> kTests = {{"leave\n", "left\n"},
                                                                 {"look\n", "clean\n"},
                                                                 {"look leave\n", "clean\nleft\n"},
                                                                 {"look\n", "clean\n"}};

TEST_F(FreshGrading, EveryTestFindsNothingOfTheOthers) {
  for (unsigned jobs : {1u, 2u}) {
    judge::Report report = grade("fresh" + std::to_string(jobs), kTests, jobs);
    EXPECT_EQ(report.verdict, Verdict::AC) << "--jobs " << jobs << ": " << report.message;
    EXPECT_EQ(verdicts(report), "AC AC AC AC ") << "--jobs " << jobs;
  }
}

// The control: leaving and looking in one test finds the leftovers, so a look can fail.
TEST_F(FreshGrading, LeavingAndLookingInOneTestIsWrongAnswer) {
  judge::Report report = grade("control", {{"leave look\n", "left\nclean\n"}}, 1);
  EXPECT_EQ(verdicts(report), "WA ") << report.message;
}

}  // namespace
