// Fds "in flight": sent over a unix socket (SCM_RIGHTS) that is itself only in a socket queue.
// When a box ends, such fds stay open until the kernel's unix garbage collector runs, and it runs
// when a unix socket is released. A box can so keep its end of a pipe open after it is gone, and
// the process at the other end (another box: an interactor) would never see EOF.
#pragma once

namespace sandbox {

// Makes the kernel collect unreachable unix sockets now (by releasing one of our own): the fds a
// dead box left in flight close. Cheap (a socketpair and two closes); never fails.
void collect_fds_in_flight() noexcept;

}  // namespace sandbox
