// The limits of a Kattis/ICPC package: problem.yaml `limits`, else the time limit from
// `.timelimit` or DOMjudge's domjudge-problem.ini, else the stated default
// (docs/package-formats.md).
#pragma once

#include <optional>

#include "judge/problem.h"
#include "sandbox/limits.h"

namespace judge {

class PackageDir;
class YamlMap;

// Used when neither problem.yaml, .timelimit nor domjudge-problem.ini gives a time limit.
inline constexpr double kKattisDefaultTimeLimitSeconds = 1.0;
inline constexpr std::uint64_t kKattisDefaultMemoryMiB = 2048;
inline constexpr std::uint64_t kKattisDefaultOutputMiB = 8;

// The submission's limits; `checker` gets validation_time and validation_memory. Throws
// InputError naming the file and key.
sandbox::Limits read_kattis_limits(const PackageDir& package, std::optional<YamlMap> limits,
                                   CheckerProgram& checker);

}  // namespace judge
