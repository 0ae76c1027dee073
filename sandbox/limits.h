// The limits of a box, and every default limit of the judge: this file alone answers "what are
// the default limits". Each default says what it limits and why it has its value.
//
// Three tiers:
// - the sandbox library applies the member defaults of `Limits` to every box (disk, open files)
//   and stack_limit() (stack from memory); it sets nothing else a caller left unset;
// - `judge run` and `judge sandbox` both pass their limits through with_defaults(), so each limit
//   has the same default in both (wall from CPU, pids, output);
// - the compile box starts from compile_box_limits(), which languages.toml may override;
// - a checker program's box starts from checker_box_limits(), which problem.toml may override.
// CPU time and memory have no default anywhere: a problem must state them, and a box `judge
// sandbox` runs without them is unlimited there.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sandbox {

using std::chrono::microseconds;

namespace defaults {
using namespace std::chrono_literals;

// --- Every box (the sandbox library) ---

// Size of the box's writable tmpfs layer (its /box and /tmp): room for a program's scratch
// files. Its pages count as the box's memory too; it also bounds all files taken out (Collect).
inline constexpr std::uint64_t kDisk = 64ull << 20;
// RLIMIT_NOFILE: far above what a solution opens (its streams and a few files), and a bound on
// the kernel objects a box can hold open.
inline constexpr std::uint32_t kOpenFiles = 256;
// RLIMIT_STACK: unlimited when the box has a memory limit (stack_limit() below), so that a deep
// recursion may use all the memory a problem gives, as contest systems allow (DOMjudge and DMOJ
// run with an unlimited stack under their memory cgroup), instead of crashing at the usual 8 MiB;
// the memory cgroup ends it (MLE). Not the memory limit itself: glibc makes RLIMIT_STACK the
// default stack of every new thread, so 16 threads would each reserve the whole memory limit;
// with RLIMIT_STACK unlimited, glibc uses its architecture's default instead (2 MiB on x86-64,
// 8 MiB on arm64), and the JVM its -Xss. Only the main stack grows without bound.
inline constexpr std::uint64_t kUnlimitedStack = ~std::uint64_t{0};

// --- What with_defaults() adds for `judge run` and `judge sandbox` ---

// Wall time, when only CPU time is given: kWallPerCpu x CPU + kWallSlack. Generous, because
// graders run loaded (a box waits for a CPU) and a program's start-up (a JVM, Python's imports)
// takes wall time beyond its CPU time; a program that sleeps or blocks is still caught.
inline constexpr int kWallPerCpu = 3;
inline constexpr microseconds kWallSlack = 1s;
// Processes and threads at once: enough for a multithreaded solution, few enough that a fork or
// thread bomb ends at once. Languages whose runtime starts more threads (the JVM's GC and JIT)
// say so in judge/languages.toml (run_pids_limit).
inline constexpr std::uint32_t kPids = 64;
// Bytes per output stream and per file written: far more than any answer, and a bound on what a
// box writes to the judge's disk or through its pipes.
inline constexpr std::uint64_t kOutput = 64ull << 20;

// --- The compile box (per language in judge/languages.toml, docs/languages.md) ---

// A compiler's CPU time: generous for template-heavy C++ and javac on a loaded host.
inline constexpr microseconds kCompileCpuTime = 10s;
// Its wall time: 3 x its CPU time, for a loaded host as above.
inline constexpr microseconds kCompileWallTime = 30s;
// Its memory: g++ -O2 on large sources stays well under 1 GiB; javac needs 2 GiB (its table).
inline constexpr std::uint64_t kCompileMemory = 1ull << 30;
// Largest file it may write, and so the largest program: a static C++ binary is a few MiB.
inline constexpr std::uint64_t kCompileOutput = 256ull << 20;
// Its processes and threads: the gcc driver's cc1plus/as/ld; javac's JVM takes more (its table).
inline constexpr std::uint32_t kCompilePids = 64;
// Its writable /box and /tmp: a compiler's temporary files and a large static binary need more
// than a program's 64 MiB.
inline constexpr std::uint64_t kCompileDisk = 512ull << 20;
// How many artifacts it may hand over: javac writes one class file per class, inner and
// anonymous classes included, so a generous count; the disk bounds their total size anyway.
inline constexpr std::uint32_t kCompileArtifacts = 10000;

// --- A checker program's box (problem.toml [checker] time_limit / memory_limit override) ---
// Its CPU time: a checker reads the input, the answer and the output once, usually in far less
// than the program took; 10 s leaves room for a slow (Python) checker of a large output.
inline constexpr microseconds kCheckerCpuTime = 10s;
// Its wall time: 3 x its CPU time, for a loaded host as above.
inline constexpr microseconds kCheckerWallTime = 30s;
// Its memory: a checker may hold the whole output and answer (each up to the output limit) in
// memory, in a runtime of its own.
inline constexpr std::uint64_t kCheckerMemory = 1ull << 30;
// Bytes per output stream and per file it writes: feedback files are a few lines; anything near
// this is a checker gone wrong (IE), and a bound on what it costs the judge.
inline constexpr std::uint64_t kCheckerOutput = 16ull << 20;
// Its processes and threads: a checker is one process, maybe a runtime's threads (a JVM's).
inline constexpr std::uint32_t kCheckerPids = 64;

// --- Files taken out of a box (sandbox::Collect), for callers that set no count ---

// Files at most, and bytes per file.
inline constexpr std::uint32_t kCollectFiles = 1000;
inline constexpr std::uint64_t kCollectFileBytes = 256ull << 20;

}  // namespace defaults

// Limits of the whole box (all its processes), enforced through cgroups and rlimits. Unset
// (nullopt) means unlimited, unless with_defaults() is applied.
struct Limits {
  std::optional<microseconds> cpu_time;   // user+system of every process in the box
  std::optional<microseconds> wall_time;  // from exec to exit
  std::optional<std::uint64_t> memory;    // resident bytes (cgroup), no swap
  std::optional<std::uint32_t> pids;      // processes and threads at once
  std::optional<std::uint64_t>
      output;  // bytes per output stream and per written file (RLIMIT_FSIZE)
  std::uint64_t disk = defaults::kDisk;  // size of the writable tmpfs layer
  std::optional<std::uint64_t> stack;  // RLIMIT_STACK (kUnlimitedStack: none); unset: stack_limit()
  std::optional<std::uint64_t>
      address_space;  // RLIMIT_AS; off by default: memory means resident memory
  std::uint32_t open_files = defaults::kOpenFiles;  // RLIMIT_NOFILE
  std::optional<double> cpus;               // CPU bandwidth quota, in CPUs (0.5 = half a CPU)
  std::optional<std::uint32_t> cpu_weight;  // 1..10000, cgroup v2 scale (100 = default)
  std::optional<std::string> cpuset;        // CPUs to pin to, cpuset syntax ("0", "0-1")
  struct IoThrottle {
    std::string device;  // "/dev/vda" or "MAJOR:MINOR"
    std::optional<std::uint64_t> read_bps, write_bps;
  };
  std::vector<IoThrottle> io;
};

// The wall time limit that goes with a CPU time limit when none is given.
microseconds default_wall_time(microseconds cpu_time);

// RLIMIT_STACK of a box: its stack limit, else unlimited (defaults::kUnlimitedStack) when it has a
// memory limit, else none (inherited).
std::optional<std::uint64_t> stack_limit(const Limits& limits);

// `limits` with what its caller left unset filled in: wall time from CPU time, pids, output and
// stack. What `judge run` and `judge sandbox` run with.
Limits with_defaults(Limits limits);

// The compile box's limits before a language's own (all set, wall time included).
Limits compile_box_limits();
// A checker box's limits before a problem's own (all set, wall time included).
Limits checker_box_limits();

}  // namespace sandbox
