#include "sandbox/init_cgroup.h"

#include <sched.h>
#include <unistd.h>

#include <cerrno>

namespace sandbox::init_cgroup {

int join(const Plan& plan) {
  for (int fd : plan.cgroup_join_fds) {
    if (::write(fd, "0", 1) != 1) return errno;
    ::close(fd);
  }
  return 0;
}

int enter_namespace() {
  return ::unshare(CLONE_NEWCGROUP) != 0 ? errno : 0;
}

void read_cpu_counters(const Plan& plan, ChildReport& report) {
  for (int i = 0; i < 3; ++i) {
    if (plan.cpu_counter_fds[i] < 0) continue;
    ssize_t got =
        ::pread(plan.cpu_counter_fds[i], report.counters[i], sizeof report.counters[i] - 1, 0);
    report.counters[i][got > 0 ? got : 0] = '\0';
  }
}

}  // namespace sandbox::init_cgroup
