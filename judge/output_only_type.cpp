#include "judge/output_only_type.h"

namespace judge {

bool read_output_only(TomlTable& root, const Problem& problem) {
  auto type = root.string("type");
  if (!type || *type == "batch") return false;
  if (*type != "output-only")
    root.fail("type", "unknown problem type '" + *type + "' (use batch or output-only)");
  // Nothing of an output-only submission runs: what only a program can use makes no sense.
  if (problem.interactor)
    root.fail("type", "an output-only problem cannot be interactive (remove [interactor])");
  if (!problem.file_io.input_file.empty() || !problem.file_io.output_file.empty())
    root.fail("type",
              "an output-only problem cannot use file I/O (remove input_file and output_file)");
  if (!problem.graders.empty())
    root.fail("type",
              "an output-only problem has no program to compile graders with (remove [grader.*])");
  return true;
}

}  // namespace judge
