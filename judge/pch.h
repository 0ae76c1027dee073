// Precompiled headers (docs/languages.md, "Precompiled headers"): a gcc language's
// `precompiled_headers` are compiled once per toolchain and flag set, in a box, kept in the compile
// cache, and bound read-only into compile boxes at /pch/<header>.gch, which gcc looks in first.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/artifact_cache.h"
#include "judge/language.h"
#include "judge/verdict.h"
#include "judge/work_dir.h"
#include "sandbox/sandbox.h"

namespace judge {

class TomlTable;

// The `precompiled_headers` key: header names as in `#include <...>` (relative, no `..`), only for
// a gcc or g++ compile command. Fails the table otherwise.
std::vector<std::string> read_precompiled_headers(TomlTable& table,
                                                  const std::vector<std::string>& compile);

// JUDGE_NO_PCH is set (and not "0"): no PCH is built or used.
bool pch_disabled();

// Whether a compile of these sources should use the language's PCH: it has one, JUDGE_NO_PCH is
// not set, and a source includes a listed header (a compile that does not gains nothing from it).
bool wants_pch(const Language& language,
               const std::vector<std::pair<std::string, std::string>>& sources);

// The compile command that builds header `index` of the language: its compile flags, without its
// output, inputs and libraries, on /box/h<index>.h as a header.
std::vector<std::string> pch_build_command(const Language& language, std::size_t index);

// The compile command that uses the PCH: /pch searched first, and an unusable PCH an error
// (the caller then compiles without it).
std::vector<std::string> with_pch(const std::vector<std::string>& compile);

// Whether a compile with the PCH failed in a way the PCH may have caused (gcc named it, crashed or
// ran out of memory): then the submission is compiled again without it.
bool pch_may_have_failed(const CompileReport& report);

// A built PCH in use: held (no eviction) while the lease lives.
struct PchLayer {
  CacheLease lease;
  std::vector<sandbox::Bind> binds;
};

// The language's PCH from the cache, built first when it is not there. nullopt, with `why`, when
// there is none to use (no toolchain identity, the build failed, the cache has no room): the
// compile then goes without it. Never throws for a PCH's sake.
std::optional<PchLayer> obtain_pch(sandbox::Sandbox& sandbox, const Language& language,
                                   ArtifactCache& cache, WorkDir& work, std::string& why);

// For `judge doctor`: the state of a language's PCH in `cache`, one line.
std::string describe_pch(const Language& language, ArtifactCache& cache);

}  // namespace judge
