// The seccomp policy: refused calls fail with EPERM (or end the run, in Kill mode), calls newer
// than the policy with ENOSYS, durability, cache advice and locks are no-ops; threads still work.
#include "tests/support/box.h"

namespace {

using sandbox::Status;
using test::program;
using test::run_clean;

TEST(Seccomp, RefusedCallsFailWithEperm) {
  auto r = run_clean(program({"syscalls"}));
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  for (const char* line :
       {"unshare=EPERM", "mount=EPERM", "ptrace=EPERM", "bpf=EPERM", "io_uring_setup=EPERM",
        "keyctl=EPERM", "perf_event_open=EPERM", "clone_newns=EPERM", "tiocsti_high=EPERM",
        "socket_vsock=EPERM", "socket_packet=EPERM", "socket_vsock_high=EPERM", "socket_unix=ok",
        "socket_inet=EPERM", "socket_inet6=EPERM", "socketpair_vsock=EPERM",
        "socketpair_tipc=EPERM", "socketpair_unix=ok", "socket_netlink=EPERM", "io_setup=EPERM",
        "inotify_init1=EPERM", "so_rcvbuf=EPERM", "so_passcred=ok", "socket_new_family=EPERM",
        "open_tree=EPERM", "fsopen=EPERM", "statmount=EPERM", "listmount=EPERM",
        "open_tree_attr=EPERM", "cachestat=EPERM", "unreviewed_470=ENOSYS",
        // no-ops: they succeed and touch nothing outside the box
        "fsync=ok", "fdatasync=ok", "syncfs=ok", "sync_file_range=ok", "fadvise_dontneed=ok",
        "readahead=ok", "msync=ok",
        // locks are granted without being taken (SharedFiles.* checks that nothing is held)
        "flock=ok", "fcntl_setlk=ok", "fcntl_ofd_getlk=ok", "fcntl_getfl=ok"})
    EXPECT_NE(r.stdout_data.find(std::string(line) + "\n"), std::string::npos) << line << " in\n"
                                                                               << r.stdout_data;
  // clone3 says "not implemented" so that glibc falls back to clone, whose flags the filter can
  // see.
  EXPECT_NE(r.stdout_data.find("clone3=ENOSYS\n"), std::string::npos) << r.stdout_data;
  EXPECT_NE(r.stdout_data.find("thread=ok\n"), std::string::npos) << r.stdout_data;
}

TEST(Seccomp, KillModeEndsTheRunNamingTheCall) {
  auto spec = program({"syscalls"});
  spec.seccomp = sandbox::SeccompMode::Kill;
  auto r = run_clean(spec);
  EXPECT_EQ(r.status, Status::RE) << r.message;
  ASSERT_TRUE(r.denied_syscall) << r.message << " / " << r.stdout_data << " / " << r.stderr_data;
  EXPECT_EQ(*r.denied_syscall, "unshare");
  EXPECT_NE(r.message.find("unshare"), std::string::npos) << r.message;
  EXPECT_EQ(r.stdout_data.find("unshare="), std::string::npos)
      << "the call returned: " << r.stdout_data;
}

TEST(Seccomp, OffMeansTheKernelDecides) {
  auto spec = program({"syscalls"});
  spec.seccomp = sandbox::SeccompMode::Off;
  auto r = run_clean(spec);
  ASSERT_EQ(r.status, Status::OK) << r.message;
  // Without the filter, namespaces are still out of reach: no capabilities, no_new_privs... but
  // an unprivileged user namespace is allowed by the kernel, which is why the filter exists.
  EXPECT_NE(r.stdout_data.find("mount=EPERM"), std::string::npos) << r.stdout_data;
  EXPECT_EQ(r.stdout_data.find("clone3=ENOSYS"), std::string::npos) << r.stdout_data;
}

}  // namespace
