// The Kattis (problemtools) output validator protocol:
//   validator INPUT ANSWER FEEDBACK_DIR/ [ARGS...] < OUTPUT
// exit 42: accepted, 43: wrong answer, anything else: the validator failed. Feedback files in
// FEEDBACK_DIR: judgemessage.txt, teammessage.txt, score.txt, score_multiplier.txt.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/checker_verdict.h"
#include "sandbox/result.h"

namespace judge {

// The feedback files taken out of the box.
std::vector<std::string> kattis_feedback_files();

// The verdict from the validator's run and the feedback files collected into `feedback`.
CheckerVerdict kattis_verdict(const sandbox::RunResult& run, const std::filesystem::path& feedback);

}  // namespace judge
