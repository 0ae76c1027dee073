// The `judge` command as users and scripts call it: exit statuses and output formats.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "sandbox/limits.h"
#include "base/units.h"
#include "tests/support/shell_output.h"

namespace {

namespace fs = std::filesystem;

using Output = test::ShellOutput;

Output judge(const std::string& args) {
  return test::run_shell(std::string(JUDGE_BINARY) + " " + args);
}

const std::string kProblems = std::string(JUDGE_SOURCE_DIR) + "/problems/";
const std::string kCache = std::string(" --cache-dir ") + TEST_BUILD_DIR + "/example-cache ";

TEST(Cli, RunAcceptedExitsZeroWithATable) {
  auto o = judge("run" + kCache + kProblems + "aplusb/problem.toml " + kProblems +
                 "aplusb/submissions/accepted/main.cpp");
  EXPECT_EQ(o.status, 0) << o.out;
  EXPECT_NE(o.out.find("verdict: AC"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("test    verdict"), std::string::npos) << o.out;
}

TEST(Cli, RunJsonHasTheDocumentedShape) {
  auto o = judge("run --format json" + kCache + kProblems + "aplusb/problem.toml " + kProblems +
                 "aplusb/submissions/wrong_answer/int32.cpp");
  EXPECT_EQ(o.status, 1) << o.out;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["problem"], "aplusb");
  EXPECT_EQ(j["submission"], "int32.cpp");
  EXPECT_EQ(j["language"], "cpp");
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["compile"]["status"], "OK");
  ASSERT_FALSE(j["tests"].empty());
  auto t = j["tests"][0];
  for (const char* key :
       {"name", "verdict", "cpu_ms", "wall_ms", "memory_kib", "exit_code", "signal", "message"})
    EXPECT_TRUE(t.contains(key)) << key;
  EXPECT_TRUE(j.contains("max_cpu_ms"));
  EXPECT_TRUE(j.contains("max_memory_kib"));
}

TEST(Cli, ReportsShowTheTimeLimitTheLanguageGot) {
  fs::path file = fs::temp_directory_path() / "judge-cli-test-slow.toml";
  std::ofstream(file)
      << "[slowcpp]\nsource = \"main.cpp\"\n"
      << "compile = [\"g++\", \"-O2\", \"-static\", \"-o\", \"main\", \"main.cpp\"]\n"
      << "artifacts = [\"main\"]\nrun = [\"/sol/main\"]\ntime_factor = 2.5\n";
  const std::string args = kCache + "--languages " + file.string() + " --language slowcpp " +
                           kProblems + "aplusb/problem.toml " + kProblems +
                           "aplusb/submissions/accepted/main.cpp";
  auto o = judge("run --format json" + args);
  EXPECT_EQ(o.status, 0) << o.out;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["time_limit_ms"], 2500) << "aplusb: time_limit = 1s";
  EXPECT_EQ(j["wall_time_limit_ms"], 7500) << "aplusb: wall_time_limit = 3s";
  auto text = judge("run" + args);
  EXPECT_NE(text.out.find(" ms of 2500 ms"), std::string::npos) << text.out;
  // The tests ran with it: a program that never ends meets the scaled CPU limit (or, on a host
  // too loaded to give it the CPU, the scaled wall limit).
  auto tle = nlohmann::json::parse(judge("run --format json --fail-fast" + kCache + "--languages " +
                                         file.string() + " --language slowcpp " + kProblems +
                                         "aplusb/problem.toml " + kProblems +
                                         "aplusb/submissions/time_limit_exceeded/count_up.cpp")
                                       .out);
  EXPECT_EQ(tle["verdict"], "TLE");
  std::string message = tle["message"];
  EXPECT_TRUE(
      message.find("CPU time limit " + base::format_duration(std::chrono::milliseconds(2500))) !=
          std::string::npos ||
      message.find("wall time limit " + base::format_duration(std::chrono::milliseconds(7500))) !=
          std::string::npos)
      << message;
  fs::remove(file);
}

TEST(Cli, CompileErrorExitsOne) {
  auto o = judge("run --format json" + kCache + kProblems + "aplusb/problem.toml " + kProblems +
                 "aplusb/submissions/compile_error/missing_semicolon.cpp");
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(nlohmann::json::parse(o.out)["verdict"], "CE");
}

TEST(Cli, MalformedProblemExitsTwoNamingTheSpot) {
  fs::path dir = fs::temp_directory_path() / "judge-cli-test-problem";
  fs::create_directories(dir / "tests");
  std::ofstream(dir / "tests/1.in") << "1\n";
  std::ofstream(dir / "tests/1.ans") << "1\n";
  std::ofstream(dir / "problem.toml")
      << "name = \"x\"\ntime_limit = \"1s\"\nmemory_limit = \"64 MiB\"\n[tests]\ndir = \"tests\"\n";
  auto o = judge("run " + (dir / "problem.toml").string() + " " + kProblems +
                 "aplusb/submissions/accepted/main.cpp");
  EXPECT_EQ(o.status, 2) << o.out;
  EXPECT_NE(o.out.find((dir / "problem.toml").string() + ":3:16: memory_limit:"), std::string::npos)
      << o.out;
  fs::remove_all(dir);
}

// The compiler echoes the source: its bytes must not reach the terminal as escape sequences, nor
// break the JSON (which must be valid UTF-8).
TEST(Cli, CompileLogCannotDriveTheTerminalOrBreakJson) {
  fs::path source = fs::temp_directory_path() / "judge-cli-test-escape.cpp";
  std::ofstream(source) << "#error \x1b]0;owned\x07 \x1b[2J \xff\xfe\n";
  auto text = judge("run" + kCache + kProblems + "aplusb/problem.toml " + source.string());
  EXPECT_EQ(text.status, 1) << text.out;
  EXPECT_NE(text.out.find("CE"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("owned"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find('\x1b'), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find('\x07'), std::string::npos) << text.out;
  auto json =
      judge("run --format json" + kCache + kProblems + "aplusb/problem.toml " + source.string());
  EXPECT_EQ(json.status, 1) << json.out;
  auto j = nlohmann::json::parse(json.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << json.out;
  EXPECT_EQ(j["verdict"], "CE");
  fs::remove(source);
}

TEST(Cli, RelativeCacheDirWorksAndAnExistingOneKeepsItsMode) {
  fs::path dir = fs::temp_directory_path() / "judge-cli-test-cache";
  fs::remove_all(dir);
  fs::create_directories(dir / "shared");
  ::chmod((dir / "shared").c_str(), 01777);
  Output o;
  std::string command = "cd " + dir.string() + " && " + JUDGE_BINARY +
                        " run --cache-dir relcache " + kProblems + "aplusb/problem.toml " +
                        kProblems + "aplusb/submissions/accepted/main.py 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::array<char, 4096> buf;
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) o.out.append(buf.data(), n);
  EXPECT_EQ(WEXITSTATUS(::pclose(pipe)), 0) << o.out;
  o = judge("run --cache-dir " + (dir / "shared").string() + " " + kProblems +
            "aplusb/problem.toml " + kProblems + "aplusb/submissions/accepted/main.py");
  EXPECT_EQ(o.status, 0) << o.out;
  struct stat st {};
  ASSERT_EQ(::stat((dir / "shared").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 01777u) << "a --cache-dir that existed keeps its mode";
  fs::remove_all(dir);
}

TEST(Cli, MissingSubmissionExitsTwo) {
  auto o = judge("run " + kProblems + "aplusb/problem.toml /nonexistent/sub.cpp");
  EXPECT_EQ(o.status, 2) << o.out;
  EXPECT_NE(o.out.find("/nonexistent/sub.cpp"), std::string::npos) << o.out;
}

TEST(Cli, SandboxJsonRecord) {
  auto o = judge("sandbox --format json --time-limit 1s -- /bin/sh -c 'exit 3'");
  EXPECT_EQ(o.status, 0) << o.out;
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["status"], "RE");
  EXPECT_EQ(j["exit_code"], 3);
  EXPECT_TRUE(j["signal"].is_null());
  for (const char* key : {"cpu_ms", "wall_ms", "memory_kib", "message", "cgroup"})
    EXPECT_TRUE(j.contains(key)) << key;
}

TEST(Cli, SandboxBadUnitExitsTwo) {
  auto o = judge("sandbox --memory-limit 256MB -- /bin/true");
  EXPECT_EQ(o.status, 2) << o.out;
  EXPECT_NE(o.out.find("--memory-limit"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("MiB"), std::string::npos) << o.out;
}

TEST(Cli, SandboxCpusOutOfRangeExitsTwo) {
  for (const char* value : {"nan", "inf", "-1", "2000"}) {
    auto o = judge(std::string("sandbox --cpus ") + value + " -- /bin/true");
    EXPECT_EQ(o.status, 2) << value << ": " << o.out;
    EXPECT_NE(o.out.find("--cpus"), std::string::npos) << value << ": " << o.out;
  }
}

// The user's typo is a usage error (2), not a failed box (3).
TEST(Cli, SandboxBadPathsAndCpusAreUsageErrors) {
  for (const char* options : {"--stdin /nonexistent/in", "--bind /nonexistent:/x",
                              "--bind /etc:relative", "--chdir relative", "--cpuset 4095",
                              "--cpuset 0-", "--layer /etc/hostname", "--rootfs /nonexistent"}) {
    auto o = judge(std::string("sandbox ") + options + " -- /bin/true");
    EXPECT_EQ(o.status, 2) << options << ": " << o.out;
    std::string option(options);
    EXPECT_NE(o.out.find(option.substr(0, option.find(' '))), std::string::npos)
        << options << ": " << o.out;
  }
}

TEST(Cli, SandboxWallLimitNamedInTheRecord) {
  auto o = judge("sandbox --format json --wall-time-limit 300ms -- sleep 5");
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["status"], "TLE");
  EXPECT_EQ(j["time_limit"], "wall");
}

TEST(Cli, SandboxMissingCommandIsInternalErrorExitThree) {
  auto o = judge("sandbox --format json -- /no/such/program");
  EXPECT_EQ(o.status, 3) << o.out;
  EXPECT_EQ(nlohmann::json::parse(o.out)["status"], "IE");
}

// `judge sandbox` and `judge run` share one set of defaults (sandbox/limits.h), and the help
// states them from there.
TEST(Cli, SandboxHelpStatesTheDefaultLimits) {
  namespace d = sandbox::defaults;
  auto o = judge("sandbox --help");
  EXPECT_EQ(o.status, 0) << o.out;
  for (const std::string& expected : {"(default " + std::to_string(d::kPids) + ")",
                                      "(default " + std::to_string(d::kWallPerCpu) + "x time",
                                      "(default " + base::format_size(d::kOutput) + ")",
                                      "(default " + base::format_size(d::kDisk) + ")",
                                      "(default " + std::to_string(d::kOpenFiles) + ")"})
    EXPECT_NE(o.out.find(expected), std::string::npos) << expected << " in\n" << o.out;
}

TEST(Cli, SandboxDefaultWallTimeIsThatOfJudgeRun) {
  using namespace std::chrono_literals;
  auto o = judge("sandbox --format json --time-limit 100ms -- sleep 5");
  auto j = nlohmann::json::parse(o.out);
  EXPECT_EQ(j["time_limit"], "wall") << o.out;
  std::string limit = base::format_duration(sandbox::default_wall_time(100ms));
  EXPECT_NE(j["message"].get<std::string>().find("wall time limit " + limit), std::string::npos)
      << o.out;
}

TEST(Cli, SandboxDefaultPidsLimitIsThatOfJudgeRun) {
  // More sleepers than the default allows: the fork that passes the limit fails.
  auto o = judge(
      "sandbox --format json --time-limit 10s -- /bin/sh -c "
      "'exec 2>/dev/null; i=0; while [ $i -lt " +
      std::to_string(sandbox::defaults::kPids + 16) + " ]; do sleep 1 & i=$((i+1)); done; wait'");
  auto j = nlohmann::json::parse(o.out);
  EXPECT_LE(j["pids_peak"].get<int>(), static_cast<int>(sandbox::defaults::kPids)) << o.out;
}

}  // namespace
