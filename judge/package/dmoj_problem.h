// A DMOJ problem (DMOJ/judge-server, docs "Problem format"): init.yml with test_cases (single
// cases and `batched` groups with points and dependencies), `archive` (a zip beside it), `checker`
// and `interactive`, mapped onto the judge's Problem (docs/package-formats.md, "DMOJ problems").
#pragma once

#include <string>

#include "judge/problem.h"

namespace judge {

class PackageDir;

// DMOJ keeps the time and memory limits in the site's database, not in init.yml: these are used.
inline constexpr double kDmojTimeLimitSeconds = 2;
inline constexpr unsigned kDmojMemoryLimitMiB = 256;

// Throws InputError naming init.yml's line and key of anything malformed or not supported.
Problem load_dmoj_problem(const PackageDir& package, const std::string& fallback_name);

}  // namespace judge
