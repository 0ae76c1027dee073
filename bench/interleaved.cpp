// interleaved RUNS ::: CMD1 ARGS... ::: CMD2 ARGS... [::: ...]  (":::" because commands may contain
// "--") Runs the commands in turn, RUNS rounds (the order rotates every round, so that drift in the
// machine's state hits them alike), timing each from posix_spawn to waitpid with a monotonic
// clock. Prints, per command: median, p10, p90 and mean in microseconds, and failures; then the
// median CPU time (user + system of the command and every descendant it waited for, from wait4):
// on a loaded host the wall times spread with the others' work, the CPU time much less.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace {

double now_us() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

double cpu_us(const rusage& u) {
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e6 + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0.0 : v[(v.size() - 1) / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: interleaved RUNS ::: CMD [ARGS...] [::: CMD [ARGS...]]...\n");
    return 2;
  }
  int runs = std::atoi(argv[1]);
  std::vector<std::vector<char*>> commands;
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == ":::") {
      commands.emplace_back();
      continue;
    }
    if (commands.empty()) return 2;
    commands.back().push_back(argv[i]);
  }
  for (auto& c : commands) c.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::vector<double>> times(commands.size()), cpu(commands.size());
  std::vector<int> failures(commands.size());
  for (int round = 0; round < runs; ++round) {
    for (std::size_t k = 0; k < commands.size(); ++k) {
      std::size_t i = (k + static_cast<std::size_t>(round)) % commands.size();
      double start = now_us();
      pid_t pid;
      if (posix_spawnp(&pid, commands[i][0], &actions, nullptr, commands[i].data(), environ) != 0) {
        ++failures[i];
        continue;
      }
      int status = 0;
      rusage usage{};
      wait4(pid, &status, 0, &usage);
      times[i].push_back(now_us() - start);
      cpu[i].push_back(cpu_us(usage));
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++failures[i];
    }
  }
  for (std::size_t i = 0; i < commands.size(); ++i) {
    auto& t = times[i];
    std::sort(t.begin(), t.end());
    auto at = [&](double q) {
      return t.empty() ? 0.0 : t[static_cast<std::size_t>(q * (t.size() - 1))];
    };
    double mean = 0;
    for (double x : t) mean += x;
    mean /= t.empty() ? 1 : t.size();
    std::string name;
    for (char** a = commands[i].data(); *a; ++a)
      name += std::string(a == commands[i].data() ? "" : " ") + *a;
    std::printf(
        "%-60.60s  median %8.0f us  p10 %8.0f  p90 %8.0f  mean %8.0f  cpu %6.0f us  runs %zu  "
        "failures %d\n",
        name.c_str(), at(0.5), at(0.1), at(0.9), mean, median(cpu[i]), t.size(), failures[i]);
  }
  return 0;
}
