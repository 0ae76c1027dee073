#include "judge/file_io.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "judge/toml_reader.h"

namespace judge {

bool is_plain_file_name(const std::string& name) {
  if (name.empty() || name.size() > 64 || name[0] == '.') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
  });
}

namespace {

std::string read_name(TomlTable& root, const char* key) {
  std::vector<std::string> keys = root.keys();
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) return "";
  std::string name = *root.string(key);
  if (!is_plain_file_name(name))
    root.fail(key, "'" + name +
                       "' must be a plain file name in the working directory (letters, digits, "
                       "'.', '_' and '-', not starting with '.'), e.g. \"" +
                       (std::string(key) == "input_file" ? "input.txt" : "output.txt") + "\"");
  return name;
}

}  // namespace

FileIo read_file_io(TomlTable& root) {
  FileIo io;
  io.input_file = read_name(root, "input_file");
  io.output_file = read_name(root, "output_file");
  if (!io.input_file.empty() && io.input_file == io.output_file)
    root.fail("output_file", "must differ from input_file (the input is read-only)");
  return io;
}

}  // namespace judge
