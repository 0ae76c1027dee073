// Bad input from the command line or input files: reported with exit status 2.
#pragma once

#include <stdexcept>

namespace cli {

constexpr int kExitOk = 0;
constexpr int kExitVerdict = 1;  // `judge run`: a verdict other than AC
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Prints "judge <command>: error: <message>" to stderr and returns kExitUsage.
int report_usage_error(const char* command, const std::exception& e);

}  // namespace cli
