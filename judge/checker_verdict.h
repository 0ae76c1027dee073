// What a checker program decided about one test, read from its exit and files by its protocol.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "judge/verdict.h"
#include "sandbox/result.h"

namespace judge {

struct CheckerVerdict {
  Verdict verdict = Verdict::IE;  // AC, WA, or IE: the checker failed
  std::string message;
  std::optional<double> score;  // a partial score the checker gave (Kattis score, testlib points)
};

// Messages quote at most this much of a checker's stderr or files.
inline constexpr std::size_t kCheckerMessageBytes = 4096;

// IE when the checker did not exit by itself (a signal, a limit, a failed box) or left a file too
// large to take out; nullopt when its exit code is for the protocol to read.
std::optional<CheckerVerdict> checker_failed(const sandbox::RunResult& run);
// IE "the checker exited with CODE", with what it wrote.
CheckerVerdict unexpected_exit(const sandbox::RunResult& run);
// The first kCheckerMessageBytes of a file the checker wrote; nullopt when there is none.
std::optional<std::string> read_checker_file(const std::filesystem::path& file);
// A finite number, surrounded by whitespace at most.
std::optional<double> parse_score(std::string_view text);

}  // namespace judge
