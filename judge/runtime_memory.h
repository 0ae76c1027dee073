// A runtime that runs out of memory before the box does: the JVM throws OutOfMemoryError when its
// heap (-Xmx) is full or an allocation is larger than it, and exits like any failing program. A
// program that exceeds its memory is MLE whatever its runtime does about it
// (docs/languages.md, out_of_memory_stderr).
#pragma once

#include "judge/language.h"
#include "judge/verdict.h"
#include "sandbox/result.h"

namespace judge {

// Makes `test` MLE, naming `memory_limit`, when it is RE and the language's out_of_memory_stderr
// is on the program's stderr.
void note_runtime_out_of_memory(const Language& language, const sandbox::RunResult& run,
                                std::uint64_t memory_limit, TestReport& test);

}  // namespace judge
