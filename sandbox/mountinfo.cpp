#include "sandbox/mountinfo.h"

#include <sstream>

#include "base/file_io.h"

namespace sandbox {
namespace {

// mountinfo escapes space, tab, newline and backslash as \ooo.
std::string unescape(const std::string& field) {
  std::string out;
  for (std::size_t i = 0; i < field.size(); ++i) {
    bool octal = field[i] == '\\' && i + 3 < field.size();
    for (std::size_t k = 1; octal && k <= 3; ++k)
      octal = field[i + k] >= '0' && field[i + k] <= '7';
    if (octal) {
      out += static_cast<char>((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 +
                               (field[i + 3] - '0'));
      i += 3;
    } else {
      out += field[i];
    }
  }
  return out;
}

}  // namespace

bool MountEntry::has_super_option(const std::string& option) const {
  std::size_t pos = 0;
  while (pos <= super_options.size()) {
    std::size_t comma = super_options.find(',', pos);
    if (comma == std::string::npos) comma = super_options.size();
    if (super_options.compare(pos, comma - pos, option) == 0) return true;
    pos = comma + 1;
  }
  return false;
}

std::vector<MountEntry> read_mountinfo(const std::string& path) {
  std::vector<MountEntry> mounts;
  auto text = base::read_file(path);
  if (!text) return mounts;
  std::istringstream lines(*text);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string id, parent, dev, root, mount_point, options, field;
    fields >> id >> parent >> dev >> root >> mount_point >> options;
    while (fields >> field && field != "-") {
    }
    MountEntry entry;
    fields >> entry.fstype >> entry.source >> entry.super_options;
    entry.root = unescape(root);
    entry.mount_point = unescape(mount_point);
    entry.source = unescape(entry.source);
    mounts.push_back(std::move(entry));
  }
  return mounts;
}

}  // namespace sandbox
