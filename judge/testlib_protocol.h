// The testlib checker protocol:
//   checker INPUT OUTPUT ANSWER RESULT_FILE -appes [ARGS...]
// exit 0: ok, 1: wrong answer, 2: presentation error, 3: fail, 7: points (the value after
// "points" on stderr). With -appes the result file is XML, <result outcome="..." points="...">
// MESSAGE</result>, and its outcome wins over the exit code.
#pragma once

#include <filesystem>
#include <string>

#include "judge/checker_verdict.h"
#include "sandbox/result.h"

namespace judge {

// The result file's name in the checker's working directory.
inline constexpr const char* kTestlibResultFile = "result.xml";

CheckerVerdict testlib_verdict(const sandbox::RunResult& run,
                               const std::filesystem::path& feedback);

}  // namespace judge
