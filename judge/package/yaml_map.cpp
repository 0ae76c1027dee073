#include "judge/package/yaml_map.h"

#include "judge/errors.h"
#include "judge/package/package_dir.h"

namespace judge {

namespace {

constexpr std::uint64_t kMaxYamlBytes = 1 << 20;

[[noreturn]] void fail_at(const std::string& file, const YAML::Mark& mark,
                          const std::string& message) {
  if (mark.is_null()) throw InputError(file, 0, 0, message);
  throw InputError(file, mark.line + 1, mark.column + 1, message);
}

}  // namespace

YamlMap YamlMap::load(const PackageDir& package, const std::filesystem::path& file) {
  return parse(package.read_text(file, kMaxYamlBytes), file.string());
}

YamlMap YamlMap::parse(const std::string& text, const std::string& file) {
  if (text.size() > kMaxYamlBytes)
    throw InputError(file, 0, 0, "larger than " + std::to_string(kMaxYamlBytes) + " bytes");
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    fail_at(file, e.mark, "not valid YAML: " + e.msg);
  }
  if (root.IsNull()) return YamlMap(YAML::Node(YAML::NodeType::Map), file);
  if (!root.IsMap()) fail_at(file, root.Mark(), "the top level must be a mapping of keys");
  return YamlMap(root, file);
}

bool YamlMap::has(const std::string& key) const {
  return static_cast<bool>(node_[key]);
}

std::optional<YAML::Node> YamlMap::node(const std::string& key) {
  read_.insert(key);
  YAML::Node n = static_cast<const YAML::Node&>(node_)[key];
  if (!n) return std::nullopt;
  return n;
}

std::optional<YAML::Node> YamlMap::scalar(const std::string& key, const char* what) {
  auto n = node(key);
  if (n && !n->IsScalar()) fail(key, std::string("must be ") + what);
  return n;
}

std::optional<std::string> YamlMap::string(const std::string& key) {
  auto n = scalar(key, "a string");
  if (!n) return std::nullopt;
  return n->Scalar();
}

std::optional<double> YamlMap::number(const std::string& key) {
  auto n = scalar(key, "a number");
  if (!n) return std::nullopt;
  double value = 0;
  if (!YAML::convert<double>::decode(*n, value))
    fail(key, "must be a number, not '" + n->Scalar() + "'");
  return value;
}

std::optional<bool> YamlMap::boolean(const std::string& key) {
  auto n = scalar(key, "true or false");
  if (!n) return std::nullopt;
  bool value = false;
  if (!YAML::convert<bool>::decode(*n, value))
    fail(key, "must be true or false, not '" + n->Scalar() + "'");
  return value;
}

std::optional<YamlMap> YamlMap::map(const std::string& key) {
  auto n = node(key);
  if (!n) return std::nullopt;
  if (n->IsNull()) return YamlMap(YAML::Node(YAML::NodeType::Map), file_);
  if (!n->IsMap()) fail(key, "must be a mapping of keys");
  return YamlMap(*n, file_);
}

std::optional<std::vector<std::string>> YamlMap::strings(const std::string& key, bool single) {
  auto n = node(key);
  if (!n) return std::nullopt;
  if (single && n->IsScalar()) return std::vector<std::string>{n->Scalar()};
  if (!n->IsSequence())
    fail(key, single ? "must be a string or a list of strings" : "must be a list of strings");
  std::vector<std::string> out;
  for (const YAML::Node& item : *n) {
    if (!item.IsScalar()) fail(key, "must be a list of strings");
    out.push_back(item.Scalar());
  }
  return out;
}

void YamlMap::ignore(std::initializer_list<const char*> keys) {
  for (const char* key : keys) read_.insert(key);
}

void YamlMap::finish() const {
  for (const auto& entry : node_) {
    if (!entry.first.IsScalar()) fail_at(file_, entry.first.Mark(), "a key must be a string");
    const std::string& key = entry.first.Scalar();
    if (!read_.count(key))
      fail_at(file_, entry.first.Mark(),
              "'" + key + "': not supported by this judge (an unknown key may change the problem)");
  }
}

void YamlMap::fail(const std::string& key, const std::string& message) const {
  YAML::Node n = static_cast<const YAML::Node&>(node_)[key];
  fail_at(file_, n ? n.Mark() : node_.Mark(), "'" + key + "': " + message);
}

void YamlMap::fail_here(const std::string& message) const {
  fail_at(file_, node_.Mark(), message);
}

}  // namespace judge
