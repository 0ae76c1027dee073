// What makes a result still valid: resume skips an entry whose results line has the same key.
#pragma once

#include <string>
#include <string_view>

#include "judge/problem.h"

namespace judge::batch {

// Raised whenever a change of the judge can change a verdict: results graded under another
// version are graded again.
inline constexpr std::string_view kJudgeVersion = "judge-0.13";

// SHA-256 over every file of the problem's directory (but its submissions/ and solutions/
// folders) and every file the problem names (test inputs and answers, the checker's source or
// program), each with its name relative to the problem's directory. Throws JudgeError when one
// cannot be read.
std::string problem_version(const Problem& problem);

// SHA-256 of the submission's content, the problem's version, the language id and kJudgeVersion.
std::string resume_key(std::string_view source, const std::string& problem_version,
                       const std::string& language);

// The key of an entry that could not be graded: the same error again is not written twice.
std::string error_key(const std::string& id, const std::string& error);

}  // namespace judge::batch
