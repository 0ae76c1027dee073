// The settings files of a Kattis package's test data: testdata.yaml (legacy) and test_group.yaml
// (2025-09) in data/ and its directories, and a 2025-09 test case's NAME.yaml.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "judge/test_groups.h"

namespace judge {

class PackageDir;
class YamlMap;

// Where a directory is: data/, data/sample, data/secret, a test group (data/secret/G, or any
// directory of the legacy format), or a directory inside a 2025-09 group (no settings there).
enum class KattisDirKind { Data, Sample, Secret, Group, Nested };

// What a directory passes down to its tests: the output validator's arguments.
struct KattisSettings {
  std::vector<std::string> validator_args;
  std::string validator_args_from;  // the file that set them
  std::string validator_args_key;
};

// A 2025-09 group's scoring keys, as given.
struct KattisGroupScore {
  std::optional<double> max_score;
  std::optional<GroupScoring> aggregation;
  std::vector<std::string> require_pass;
  std::shared_ptr<YamlMap> settings;  // the file, for messages; null when there is none
};

// Reads DIR/test_group.yaml (2025-09) or DIR/testdata.yaml (legacy), if there, into `settings`.
// Throws InputError naming the file and key of anything refused.
KattisGroupScore read_dir_settings(const PackageDir& package, const std::filesystem::path& dir,
                                   KattisSettings& settings, bool modern, KattisDirKind kind);
// A 2025-09 test case's NAME.yaml.
void read_test_case_yaml(const PackageDir& package, const std::filesystem::path& file,
                         KattisSettings& settings);

}  // namespace judge
