// The stack of a box: the main stack may grow to the memory limit, while threads keep glibc's
// default stack size (not one as large as the memory limit).
#include <chrono>
#include <cstdint>
#include <string>

#include "tests/support/box.h"

namespace {

using namespace std::chrono_literals;
using sandbox::Status;
using test::program;
using test::run_clean;

// Like limits_test: a memory test must meet its limit, or end, long before any time limit.
sandbox::RunSpec stack_use(const std::string& threads, const std::string& mib) {
  auto spec = program({"stack_use", threads, mib});
  spec.limits.memory = 256ull << 20;
  spec.limits.cpu_time = 60s;
  spec.limits.wall_time = 180s;
  return spec;
}

// The number after `label ` in `text`, or 0.
std::uint64_t figure(const std::string& text, const std::string& label) {
  auto at = text.find(label + " ");
  return at == std::string::npos ? 0 : std::stoull(text.substr(at + label.size() + 1));
}

TEST(Stack, ThreadsGetTheDefaultStackNotTheMemoryLimit) {
  auto r = run_clean(stack_use("16", "0"));
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  std::uint64_t thread_stack = figure(r.stdout_data, "thread stack");
  EXPECT_GT(thread_stack, 0u) << r.stdout_data;
  EXPECT_LE(thread_stack, 16ull << 20) << "glibc's default (2 MiB on x86-64, 8 MiB elsewhere)";
}

TEST(Stack, MainStackGrowsTo200MiBUnder256MiB) {
  auto r = run_clean(stack_use("16", "200"));
  ASSERT_EQ(r.status, Status::OK) << r.message << r.stderr_data;
  EXPECT_EQ(figure(r.stdout_data, "recursed"), 200u) << r.stdout_data;
  EXPECT_GE(r.memory_peak, 200ull << 20);
}

TEST(Stack, RecursionPastTheMemoryLimitIsStopped) {
  auto r = run_clean(stack_use("0", "400"));
  EXPECT_TRUE(r.status == Status::MLE || r.status == Status::RE) << r.message;
  EXPECT_LE(r.memory_peak, (256ull << 20) + (1ull << 20));
}

}  // namespace
