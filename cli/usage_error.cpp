#include "cli/usage_error.h"

#include <iostream>

namespace cli {

int report_usage_error(const char* command, const std::exception& e) {
  std::cerr << "judge " << command << ": error: " << e.what() << "\n";
  return kExitUsage;
}

}  // namespace cli
