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
// Multi-pass: the format's default number of passes, and the most this judge runs (as
// problem.toml's [interactor] passes).
inline constexpr unsigned kKattisDefaultPasses = 2;
inline constexpr unsigned kKattisMostPasses = 100;

// The submission's limits; `checker` gets validation_time and validation_memory. `passes` is
// given for a multi-pass problem and gets validation_passes (default 2); without it that key is
// refused. Throws InputError naming the file and key.
sandbox::Limits read_kattis_limits(const PackageDir& package, std::optional<YamlMap> limits,
                                   CheckerProgram& checker, unsigned* passes = nullptr);

}  // namespace judge
