// The scoring of a CMS task: task.yaml's score_type (Sum, GroupMin) with score_type_parameters, or
// the `# ST: points` markers of gen/GEN as italy_yaml reads them, or Sum over total_value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "judge/test_groups.h"

namespace judge {

class YamlMap;

// What gen/GEN says: its test count and, when it has `# ST:` markers, [points, tests] per subtask.
struct CmsGen {
  std::size_t tests = 0;
  std::vector<std::pair<double, std::size_t>> subtasks;
};

// Reads the text of gen/GEN (`file` for messages). Throws InputError for a line that is both a
// test and a marker, or a marker whose points are not a whole number.
CmsGen parse_cms_gen(const std::string& text, const std::string& file);

// The groups over `tests` tests from task.yaml's score_type and score_type_parameters (read from
// `yaml`), else from `gen`, else Sum over `total_value` (default 100). Throws InputError naming
// the key.
std::vector<TestGroup> cms_groups(YamlMap& yaml, const std::optional<CmsGen>& gen,
                                  std::size_t tests);

}  // namespace judge
