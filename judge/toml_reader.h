// Reading TOML files with errors that point at the key (file:line:column), strict about unknown
// keys.
#pragma once

#include <toml++/toml.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace judge {

class TomlTable;

class TomlFile {
 public:
  // Throws InputError for a file that cannot be read or parsed.
  explicit TomlFile(const std::filesystem::path& path);
  // The same for text already in memory; `name` is what errors call it.
  TomlFile(std::string_view text, const std::string& name);
  TomlTable root() const;
  const std::string& path() const { return path_; }

 private:
  void parse(std::string_view text);

  std::string path_;
  toml::table table_;
};

// A table being read: each getter names the key in its errors; finish() rejects keys nobody asked
// for.
class TomlTable {
 public:
  TomlTable(const std::string* file, const toml::table* table, std::string prefix);

  std::optional<std::string> string(const std::string& key);
  std::string required_string(const std::string& key);
  std::optional<double> number(const std::string& key);
  std::optional<bool> boolean(const std::string& key);
  std::optional<std::int64_t> integer(const std::string& key);
  std::optional<std::chrono::microseconds> duration(const std::string& key);
  std::optional<std::uint64_t> size(const std::string& key);
  std::optional<std::vector<std::string>> strings(const std::string& key);
  std::optional<TomlTable> table(const std::string& key);
  // An array of tables ([[key]]), or nullopt when absent.
  std::optional<std::vector<TomlTable>> tables(const std::string& key);
  std::vector<std::string> keys() const;  // marks nothing as read

  // Throws InputError naming the first key that was never read.
  void finish() const;
  [[noreturn]] void fail(const std::string& key, const std::string& message) const;
  [[noreturn]] void fail_here(const std::string& message) const;

 private:
  const toml::node* find(const std::string& key);
  [[noreturn]] void fail_at(const toml::node* node, const std::string& key,
                            const std::string& message) const;

  const std::string* file_;
  const toml::table* table_;
  std::string prefix_;  // "checker." for nested tables, in messages
  std::set<std::string> read_;
};

}  // namespace judge
