// `judge batch` as a child process of the test: started, waited for, killed, and what it may
// leave behind on the host.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace test {

// Starts `program` (looked up in PATH) with `args`, the environment with `env_set` ("NAME=value")
// replacing or adding variables, stdout appended to `log` and stderr to `err_log` (or `log`).
// Its pid, or -1.
pid_t spawn(const std::string& program, const std::vector<std::string>& args,
            const std::vector<std::string>& env_set, const std::filesystem::path& log,
            const std::filesystem::path& err_log = {});
// Starts the judge binary with `args`, TMPDIR=`work` (its work directories go there) and stdout
// and stderr into `log`. Returns its pid.
pid_t start_judge(const std::vector<std::string>& args, const std::filesystem::path& work,
                  const std::filesystem::path& log);
// Waits for it; the raw wait status.
int wait_judge(pid_t pid);
// Runs it to the end: the exit status, or -1 when a signal ended it.
int run_judge(const std::vector<std::string>& args, const std::filesystem::path& work,
              const std::filesystem::path& log);

// Waits (no fixed sleep: the host may be slow) until `file` holds a complete line, or `pid` has
// ended. True for the line.
bool wait_for_first_line(const std::filesystem::path& file, pid_t pid);

// What a judge process `pid` (alive or dead) left: cgroups named after it, processes in such
// cgroups, and anything in `work`. "" when nothing.
std::string leftovers_of(pid_t pid, const std::filesystem::path& work);

}  // namespace test
