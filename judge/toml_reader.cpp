#include "judge/toml_reader.h"

#include "judge/errors.h"
#include "judge/toml_shield.h"
#include "base/file_io.h"
#include "base/units.h"

namespace judge {

TomlFile::TomlFile(const std::filesystem::path& path) : path_(path.string()) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw InputError(path_, 0, 0, "cannot read: no such file");
  auto text = base::read_file(path_);
  if (!text) throw InputError(path_, 0, 0, "cannot read");
  parse(*text);
}

TomlFile::TomlFile(std::string_view text, const std::string& name) : path_(name) {
  parse(text);
}

void TomlFile::parse(std::string_view text) {
  TomlShield shield(text, path_);
  try {
    table_ = toml::parse(shield.text(), path_);
  } catch (const toml::parse_error& e) {
    throw InputError(path_, e.source().begin.line, e.source().begin.column,
                     shield.restore(std::string(e.description())));
  }
  shield.restore(table_);
}

TomlTable TomlFile::root() const {
  return TomlTable(&path_, &table_, "");
}

TomlTable::TomlTable(const std::string* file, const toml::table* table, std::string prefix)
    : file_(file), table_(table), prefix_(std::move(prefix)) {}

const toml::node* TomlTable::find(const std::string& key) {
  read_.insert(key);
  return table_->get(key);
}

void TomlTable::fail_at(const toml::node* node, const std::string& key,
                        const std::string& message) const {
  auto where = node ? node->source().begin : table_->source().begin;
  // The table itself: "checker", not "checker.".
  std::string name = key.empty() && !prefix_.empty() && prefix_.back() == '.'
                         ? prefix_.substr(0, prefix_.size() - 1)
                         : prefix_ + key;
  throw InputError(*file_, where.line, where.column, name + ": " + message);
}

void TomlTable::fail(const std::string& key, const std::string& message) const {
  fail_at(table_->get(key), key, message);
}
void TomlTable::fail_here(const std::string& message) const {
  fail_at(nullptr, "", message);
}

std::optional<std::string> TomlTable::string(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  if (!node->is_string()) fail_at(node, key, "expected a string");
  return node->as_string()->get();
}

std::string TomlTable::required_string(const std::string& key) {
  auto value = string(key);
  if (!value) fail_at(nullptr, key, "missing (required)");
  return *value;
}

std::optional<double> TomlTable::number(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  if (node->is_floating_point()) return node->as_floating_point()->get();
  if (node->is_integer()) return static_cast<double>(node->as_integer()->get());
  fail_at(node, key, "expected a number");
}

std::optional<std::int64_t> TomlTable::integer(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  if (!node->is_integer()) fail_at(node, key, "expected an integer");
  return node->as_integer()->get();
}

std::optional<bool> TomlTable::boolean(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  if (!node->is_boolean()) fail_at(node, key, "expected true or false");
  return node->as_boolean()->get();
}

std::optional<std::chrono::microseconds> TomlTable::duration(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  if (!node->is_string())
    fail_at(node, key, "expected a duration string such as \"1s\" or \"500ms\"");
  try {
    return base::parse_duration(node->as_string()->get());
  } catch (const base::UnitError& e) {
    fail_at(node, key, e.what());
  }
}

std::optional<std::uint64_t> TomlTable::size(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  if (!node->is_string()) fail_at(node, key, "expected a size string such as \"256MiB\"");
  try {
    return base::parse_size(node->as_string()->get());
  } catch (const base::UnitError& e) {
    fail_at(node, key, e.what());
  }
}

std::optional<std::vector<std::string>> TomlTable::strings(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  const toml::array* array = node->as_array();
  if (!array) fail_at(node, key, "expected an array of strings");
  std::vector<std::string> out;
  for (const toml::node& item : *array) {
    if (!item.is_string()) fail_at(&item, key, "expected an array of strings");
    out.push_back(item.as_string()->get());
  }
  return out;
}

std::optional<TomlTable> TomlTable::table(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  if (!node->is_table()) fail_at(node, key, "expected a table ([" + prefix_ + key + "])");
  return TomlTable(file_, node->as_table(), prefix_ + key + ".");
}

std::optional<std::vector<TomlTable>> TomlTable::tables(const std::string& key) {
  const toml::node* node = find(key);
  if (!node) return std::nullopt;
  const toml::array* array = node->as_array();
  if (!array || !array->is_array_of_tables())
    fail_at(node, key, "expected an array of tables ([[" + prefix_ + key + "]])");
  std::vector<TomlTable> out;
  std::size_t i = 0;
  for (const toml::node& item : *array)
    out.emplace_back(file_, item.as_table(), prefix_ + key + "[" + std::to_string(i++) + "].");
  return out;
}

std::vector<std::string> TomlTable::keys() const {
  std::vector<std::string> out;
  for (const auto& [key, value] : *table_) out.emplace_back(key.str());
  return out;
}

void TomlTable::finish() const {
  for (const auto& [key, value] : *table_) {
    std::string name(key.str());
    if (!read_.count(name)) fail_at(&value, name, "unknown key (misspelled?)");
  }
}

}  // namespace judge
