#include "tests/batch/batch_process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "sandbox/mountinfo.h"

extern char** environ;

namespace test {
namespace fs = std::filesystem;

pid_t spawn(const std::string& program, const std::vector<std::string>& args,
            const std::vector<std::string>& env_set, const fs::path& log, const fs::path& err_log) {
  std::vector<std::string> env = env_set;
  for (char** e = environ; *e; ++e) {
    std::string name = std::string(*e).substr(0, std::string(*e).find('=') + 1);
    bool replaced = false;
    for (const std::string& s : env_set) replaced |= s.rfind(name, 0) == 0;
    if (!replaced) env.emplace_back(*e);
  }
  std::vector<char*> argv{const_cast<char*>(program.c_str())}, envp;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (err_log.empty())
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
  else
    posix_spawn_file_actions_addopen(&actions, 2, err_log.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                     0644);
  pid_t pid = -1;
  if (posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data()) != 0)
    pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

pid_t start_judge(const std::vector<std::string>& args, const fs::path& work, const fs::path& log) {
  return spawn(JUDGE_BINARY, args, {"TMPDIR=" + work.string()}, log);
}

int wait_judge(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

int run_judge(const std::vector<std::string>& args, const fs::path& work, const fs::path& log) {
  int status = wait_judge(start_judge(args, work, log));
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool wait_for_first_line(const fs::path& file, pid_t pid) {
  for (;;) {
    std::ifstream in(file);
    std::string line;
    if (std::getline(in, line) && !in.eof()) return true;
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) != 0) return false;  // ended (and reaped) first
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

namespace {

void cgroups_with_prefix(const fs::path& dir, int depth, const std::string& prefix,
                         std::vector<std::string>& out) {
  std::error_code ec;
  if (depth > 5) return;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (!e.is_directory(ec) || e.is_symlink(ec) || name == "process_api") continue;
    if (name.rfind(prefix, 0) == 0) out.push_back(e.path().string());
    cgroups_with_prefix(e.path(), depth + 1, prefix, out);
  }
}

// Processes whose cgroup is named after the judge: the boxes it started.
std::vector<std::string> processes_in(const std::string& prefix) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/proc", ec)) {
    std::ifstream in(e.path() / "cgroup");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    if (text.find("/" + prefix) != std::string::npos) out.push_back(e.path().string());
  }
  return out;
}

}  // namespace

std::string leftovers_of(pid_t pid, const fs::path& work) {
  std::string prefix = std::to_string(pid) + "-";  // owner tokens begin "<pid>-<start time>-"
  std::vector<std::string> found;
  for (const auto& m : sandbox::read_mountinfo())
    if (m.fstype == "cgroup" || m.fstype == "cgroup2")
      cgroups_with_prefix(m.mount_point, 0, prefix, found);
  for (const auto& p : processes_in(prefix)) found.push_back("process " + p);
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(work, ec)) found.push_back(e.path().string());
  std::string text;
  for (const auto& f : found) text += f + "\n";
  return text;
}

}  // namespace test
