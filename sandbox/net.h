// Network namespace: a fresh one holds only `lo`, so nothing reaches the host or the outside.
#pragma once

namespace sandbox::net {
// Child side: brings `lo` up (programs may talk to themselves over 127.0.0.1). Returns 0 or errno.
int bring_up_loopback();
}  // namespace sandbox::net
