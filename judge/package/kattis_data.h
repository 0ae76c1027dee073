// The test data of a Kattis/ICPC package: data/sample and data/secret, their test groups and the
// settings files in them (testdata.yaml in the legacy format, test_group.yaml in 2025-09), mapped
// onto the judge's tests and groups (docs/package-formats.md).
#pragma once

#include <string>
#include <vector>

#include "judge/problem.h"

namespace judge {

class PackageDir;

struct KattisDataOptions {
  bool modern = false;   // 2025-09 (test_group.yaml), else legacy (testdata.yaml)
  bool scoring = false;  // type scoring: groups with points
};

struct KattisData {
  std::vector<TestCase> tests;  // samples first, then secret, each in name order
  std::vector<TestGroup> groups;
  // The output validator's arguments (flags for the default one), the same for every test.
  std::vector<std::string> validator_args;
  std::string validator_args_from;  // the file that set them, for messages
};

// Throws InputError naming the file and key of anything refused.
KattisData read_kattis_data(const PackageDir& package, const KattisDataOptions& options);

}  // namespace judge
