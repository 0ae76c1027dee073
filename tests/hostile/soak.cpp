// soak RUNS [PROGRAM...]: grades hostile programs in turn, RUNS times in all, in one process, and
// reports the judge's RSS and open fds at the start (after one warm-up round) and at the end, and
// any leftover: mounts, cgroups, processes of the box uids, work directories. Exit 1 on leftovers.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "judge/grader.h"
#include "judge/problem.h"
#include "base/file_io.h"
#include "tests/support/host_state.h"
#include "tests/support/process_memory.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  int runs = argc > 1 ? std::atoi(argv[1]) : 1000;
  const fs::path suite = fs::path(JUDGE_SOURCE_DIR) / "tests/hostile";
  std::vector<fs::path> programs;
  for (int i = 2; i < argc; ++i) programs.push_back(suite / "programs" / argv[i]);
  if (programs.empty())
    for (const char* name :
         {"fork_bomb.c", "memory_bomb.c", "read_answer.c", "read_answer.py", "include_answer.cpp"})
      programs.push_back(suite / "programs" / name);

  fs::path root = fs::temp_directory_path() / ("judge-soak-" + std::to_string(::getpid()));
  fs::create_directories(root / "work");
  sandbox::SandboxOptions options;
  options.host_id_base = 63000000;
  options.max_boxes = 16;
  sandbox::Sandbox sb(options);
  judge::Grader grader(
      sb, judge::Languages::load({judge::Languages::default_file(), suite / "languages.toml"}),
      root / "cache", root / "work");
  judge::Problem problem = judge::load_problem(suite / "problem/problem.toml");

  std::map<std::string, std::map<std::string, int>> verdicts;
  auto grade = [&](const fs::path& program) {
    // Placeholders stay as they are: the programs then probe paths that do not exist.
    auto report = grader.grade(problem, program, {});
    verdicts[program.filename().string()][std::string(judge::to_string(report.verdict))]++;
  };
  for (const auto& p : programs) grade(p);  // warm-up: compile everything once
  test::HostState before = test::HostState::capture();
  std::size_t rss_start = test::rss_kib(), heap_start = test::heap_in_use_bytes();
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < runs; ++i) grade(programs[static_cast<std::size_t>(i) % programs.size()]);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  test::HostState after = test::HostState::capture();
  std::size_t rss_end = test::rss_kib(), heap_end = test::heap_in_use_bytes();

  std::string left = test::leftovers(before, after);
  for (uid_t uid = options.host_id_base; uid < options.host_id_base + 2 * options.max_boxes; ++uid)
    if (!test::processes_of_uid(uid).empty())
      left += "process of uid " + std::to_string(uid) + "; ";
  for (const auto& e : fs::directory_iterator(root / "work"))
    left += "work dir " + e.path().string() + "; ";
  std::cout << "runs " << runs << " in " << seconds << " s\n"
            << "judge RSS: " << rss_start << " KiB at start, " << rss_end << " KiB at end\n"
            << "judge heap in use: " << heap_start << " bytes at start, " << heap_end
            << " bytes at end\n"
            << "judge fds: " << before.fd_count << " at start, " << after.fd_count << " at end\n"
            << "leftovers: " << (left.empty() ? "none" : left) << "\nverdicts:\n";
  for (const auto& [program, counts] : verdicts) {
    std::cout << "  " << program << ":";
    for (const auto& [v, n] : counts) std::cout << " " << v << " x" << n;
    std::cout << "\n";
  }
  fs::remove_all(root);
  return left.empty() ? 0 : 1;
}
