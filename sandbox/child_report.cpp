#include "sandbox/child_report.h"

#include <unistd.h>

#include <cerrno>
#include <cstddef>

#include "sandbox/process.h"

namespace sandbox::report {
namespace {

void write_all(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

}  // namespace

void send(const Plan& plan, const ChildReport& record) {
  write_all(plan.report_fd, &record, sizeof record);
}

void fail(const Plan& plan, StepResult failed) {
  send(plan, {.kind = ChildReport::SetupFailed,
              .step = static_cast<int>(failed.step),
              .error = failed.err,
              .detail = failed.detail});
  process::exit_now(127);
}

void exec_error(const Plan& plan, int err) {
  write_all(plan.exec_fd, &err, sizeof err);
}

}  // namespace sandbox::report
