// The default limits: one set for `judge run` and `judge sandbox` (with_defaults), one for the
// compile box, and what the library applies by itself.
#include <gtest/gtest.h>

#include "sandbox/limits.h"

namespace {

using namespace std::chrono_literals;
namespace d = sandbox::defaults;

TEST(DefaultLimits, WallTimeIsThreeTimesCpuPlusOneSecond) {
  sandbox::Limits limits;
  limits.cpu_time = 2s;
  EXPECT_EQ(sandbox::with_defaults(limits).wall_time, 7s);
  EXPECT_EQ(sandbox::default_wall_time(500ms), 2500ms);
}

TEST(DefaultLimits, NoCpuTimeMeansNoWallTime) {
  // A box without a CPU limit (judge sandbox -- a server) is not given a wall limit either.
  EXPECT_FALSE(sandbox::with_defaults({}).wall_time);
  EXPECT_FALSE(sandbox::with_defaults({}).cpu_time);
  EXPECT_FALSE(sandbox::with_defaults({}).memory);
}

TEST(DefaultLimits, PidsOutputAndStackAreFilledIn) {
  sandbox::Limits limits;
  limits.memory = 256ull << 20;
  auto filled = sandbox::with_defaults(limits);
  EXPECT_EQ(filled.pids, d::kPids);
  EXPECT_EQ(filled.output, d::kOutput);
  EXPECT_EQ(filled.stack, d::kUnlimitedStack)
      << "the main stack may use all the memory, threads keep glibc's default";
  EXPECT_EQ(filled.disk, d::kDisk);
  EXPECT_EQ(filled.open_files, d::kOpenFiles);
}

TEST(DefaultLimits, WhatTheCallerSetIsKept) {
  sandbox::Limits limits;
  limits.cpu_time = 1s;
  limits.wall_time = 1500ms;
  limits.pids = 256;
  limits.output = 1 << 20;
  limits.memory = 64ull << 20;
  limits.stack = 8ull << 20;
  auto filled = sandbox::with_defaults(limits);
  EXPECT_EQ(filled.wall_time, 1500ms);
  EXPECT_EQ(filled.pids, 256u);
  EXPECT_EQ(filled.output, 1u << 20);
  EXPECT_EQ(filled.stack, 8ull << 20);
}

TEST(DefaultLimits, TheLibraryStackIsUnlimitedUnderAMemoryLimitUnlessSet) {
  sandbox::Limits limits;
  EXPECT_FALSE(sandbox::stack_limit(limits));
  limits.memory = 64ull << 20;
  EXPECT_EQ(sandbox::stack_limit(limits), d::kUnlimitedStack);
  limits.stack = 1ull << 20;
  EXPECT_EQ(sandbox::stack_limit(limits), 1ull << 20);
}

TEST(DefaultLimits, CompileBoxHasEveryLimitSet) {
  auto limits = sandbox::compile_box_limits();
  EXPECT_EQ(limits.cpu_time, d::kCompileCpuTime);
  EXPECT_EQ(limits.wall_time, d::kCompileWallTime);
  EXPECT_EQ(limits.memory, d::kCompileMemory);
  EXPECT_EQ(limits.output, d::kCompileOutput);
  EXPECT_EQ(limits.pids, d::kCompilePids);
  EXPECT_EQ(limits.disk, d::kCompileDisk);
  EXPECT_GE(*limits.wall_time, *limits.cpu_time);
}

}  // namespace
