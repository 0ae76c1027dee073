#include <iostream>

#include "cli/commands.h"
#include "cli/usage_error.h"
#include "judge/version.h"

namespace cli {

int print_version() {
  std::cout << "judge " << judge::version() << "\n";
  return kExitOk;
}

}  // namespace cli
