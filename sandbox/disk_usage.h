// How much of the box's disk limit its writable layer uses, measured by its init at the end.
#pragma once

namespace sandbox::disk {

// Bytes in use on the filesystem at "/" (the overlay reports its upper layer's: the stage tmpfs),
// 0 when it cannot be read. Child side, no allocation.
unsigned long long used_bytes_at_root();

}  // namespace sandbox::disk
