// Pinning the calling thread to one CPU: the boxes it starts inherit the pin.
#pragma once

namespace base {

// Sets the calling thread's affinity to `cpu` alone; false when the kernel refuses.
bool pin_this_thread(int cpu);

}  // namespace base
