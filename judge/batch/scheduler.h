// Running a batch's entries on worker threads, each pinned to a CPU of its own.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

namespace judge::batch {

// Calls work(index, worker) for every index in [0, count), in order of index, on `workers`
// threads; worker w is pinned to cpus[w % cpus.size()] (no pinning when `cpus` is empty), and the
// boxes it starts inherit that pin. Once `stop` is set no new index is taken; the calls under way
// finish. The first exception a call throws stops the rest and is rethrown after all threads end.
void run_on_workers(std::size_t count, unsigned workers, const std::vector<int>& cpus,
                    std::atomic<bool>& stop,
                    const std::function<void(std::size_t index, unsigned worker)>& work);

}  // namespace judge::batch
