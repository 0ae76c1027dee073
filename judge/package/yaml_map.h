// A YAML mapping of a package file (problem.yaml, testdata.yaml, test_group.yaml), read with
// yaml-cpp: typed getters that fail with FILE:LINE:COLUMN and the key, and finish(), which refuses
// every key that was not read or explicitly ignored (an unknown key may change what a problem
// means).
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace judge {

class PackageDir;

class YamlMap {
 public:
  // The file's top-level mapping (an empty file is an empty mapping). Throws InputError for a file
  // that is not YAML, larger than 1MiB, or whose top level is not a mapping.
  static YamlMap load(const PackageDir& package, const std::filesystem::path& file);
  // The same for a text said to be at `file` (tests and fuzzing).
  static YamlMap parse(const std::string& text, const std::string& file);

  bool has(const std::string& key) const;
  std::optional<std::string> string(const std::string& key);
  std::optional<double> number(const std::string& key);
  std::optional<bool> boolean(const std::string& key);
  std::optional<YamlMap> map(const std::string& key);
  // A sequence of scalars; with `single`, one scalar alone is a sequence of one.
  std::optional<std::vector<std::string>> strings(const std::string& key, bool single = false);
  // The node itself, for a key whose type varies; marked read.
  std::optional<YAML::Node> node(const std::string& key);
  void ignore(std::initializer_list<const char*> keys);
  // Throws InputError naming the first key neither read nor ignored.
  void finish() const;

  [[noreturn]] void fail(const std::string& key, const std::string& message) const;
  [[noreturn]] void fail_here(const std::string& message) const;
  const std::string& file() const { return file_; }

 private:
  YamlMap(YAML::Node node, std::string file) : node_(std::move(node)), file_(std::move(file)) {}
  std::optional<YAML::Node> scalar(const std::string& key, const char* what);

  YAML::Node node_;
  std::string file_;
  std::set<std::string> read_;
};

}  // namespace judge
