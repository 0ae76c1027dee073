// A test box with file I/O (judge/file_io.h): the input bound read-only into /box, the output file
// taken out of /box after the run by the box's init (sandbox::Collect), never opened in place.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "judge/file_io.h"
#include "judge/problem.h"
#include "judge/verdict.h"
#include "sandbox/result.h"
#include "sandbox/spec.h"

namespace judge {

// Adds the problem's file I/O to `spec`: the test's input at /box/INPUT, read-only (a bind of the
// judge's file: the program cannot change it, and it costs the box neither disk nor memory beyond
// the page cache, as stdin does); stdin is then /dev/null. The output file is collected into
// `collect_dir` (made here, empty), at most the output limit plus one byte; the /box tmpfs grows
// to hold a file of the output limit. An error message when the judge cannot set this up (IE).
std::optional<std::string> add_file_io(const FileIo& io, const TestCase& test,
                                       const std::filesystem::path& collect_dir,
                                       sandbox::RunSpec& spec);

struct OutputFileCheck {
  Verdict verdict = Verdict::AC;  // AC: `output` now holds the program's output file
  std::string message;
};

// After a run that ended well (a failed copy out of the box was the run's IE): moves the collected
// output file to `output` (replacing what stdout wrote there). No file is WA ("no output file"), a
// link, FIFO or directory WA (it is never read), a file over `output_limit` OLE, a failed move IE.
OutputFileCheck take_output_file(const FileIo& io, const sandbox::RunResult& r,
                                 const std::filesystem::path& collect_dir,
                                 std::uint64_t output_limit, const std::filesystem::path& output);

}  // namespace judge
