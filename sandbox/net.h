// Network namespace: a fresh one holds only `lo`, so nothing reaches the host or the outside.
#pragma once

namespace sandbox::net {
// Child side: brings `lo` up (programs may talk to themselves over 127.0.0.1). Returns 0 or errno.
int bring_up_loopback();
// Child side, with /proc of the box mounted: caps the TCP buffers of the box's namespace
// (net.ipv4.tcp_rmem and tcp_wmem are per namespace). Socket memory is not charged to a cgroup v1
// memory limit, and autotuning grows each buffer to the host's maximum (32 MiB is common).
// Returns 0 or errno.
int cap_socket_buffers();
// An O_CLOEXEC fd of the calling thread's network namespace (for setns), or -1 with errno set.
// Through a socket (SIOCGSKNS, which needs CAP_NET_ADMIN over the namespace), not
// /proc/thread-self/ns/net: each such /proc lookup left dentries that the judge's exit then
// walked (~0.5 ms).
int open_current_namespace();
}  // namespace sandbox::net
