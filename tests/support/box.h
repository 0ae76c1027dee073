// Running boxes from tests: one Sandbox per test process, specs with sensible test limits, and a
// check that every run leaves the host as it found it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sandbox/sandbox.h"
#include "tests/support/host_state.h"

namespace test {

sandbox::Sandbox& shared_sandbox();

// /bin/sh -c SCRIPT, stdout and stderr captured, 30 s CPU, 60 s wall, 256 MiB, 64 pids.
sandbox::RunSpec shell(const std::string& script);
sandbox::RunSpec command(std::vector<std::string> argv);
// A program from tests/programs, bound read-only at /programs.
sandbox::RunSpec program(std::vector<std::string> argv);

// The running kernel is at least major.minor (for interfaces newer kernels added, e.g. pids.peak
// in 6.1).
bool kernel_at_least(int major, int minor);

// Runs and checks that no mount, cgroup, process or fd of the run remains.
sandbox::RunResult run_clean(const sandbox::RunSpec& spec);

}  // namespace test
