#include "judge/package/package_dir.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>

#include "base/fd.h"
#include "base/file_io.h"
#include "base/files.h"
#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;

PackageDir::PackageDir(const fs::path& root) {
  std::error_code ec;
  root_ = fs::canonical(root, ec);
  if (ec || !fs::is_directory(root_, ec))
    throw InputError(root.string() + ": not a directory (a problem package is one)");
}

void PackageDir::check_inside(const fs::path& path) const {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) throw InputError(path.string() + ": cannot be resolved: " + ec.message());
  auto [end, _] = std::mismatch(root_.begin(), root_.end(), real.begin(), real.end());
  if (end != root_.end())
    throw InputError(path.string() + ": resolves to '" + real.string() +
                     "', outside the package (a symbolic link pointing out of it)");
  fs::file_status st = fs::status(real, ec);
  if (!fs::is_regular_file(st) && !fs::is_directory(st))
    throw InputError(path.string() + ": neither a regular file nor a directory");
}

fs::path PackageDir::find(const fs::path& relative) const {
  if (relative.is_absolute()) throw InputError(relative.string() + ": an absolute path");
  for (const auto& part : relative)
    if (part == "..") throw InputError(relative.string() + ": a path with '..'");
  fs::path path = root_ / relative;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec)) || !fs::exists(path, ec)) {
    if (fs::is_symlink(fs::symlink_status(path, ec)))
      throw InputError(path.string() + ": a symbolic link to nothing");
    return {};
  }
  check_inside(path);
  return path;
}

bool PackageDir::is_file(const fs::path& path) const {
  std::error_code ec;
  return !path.empty() && fs::is_regular_file(path, ec);
}

bool PackageDir::is_dir(const fs::path& path) const {
  std::error_code ec;
  return !path.empty() && fs::is_directory(path, ec);
}

std::string PackageDir::read_text(const fs::path& path, std::uint64_t max_bytes) const {
  check_inside(path);
  // Resolved and checked: the file itself is opened without following a link.
  base::UniqueFd fd = base::open_file(fs::canonical(path));
  if (!fd) throw InputError(path.string() + ": cannot be opened");
  auto st = base::status_of(fd.get());
  if (!st || !S_ISREG(st->st_mode)) throw InputError(path.string() + ": not a regular file");
  if (static_cast<std::uint64_t>(st->st_size) > max_bytes)
    throw InputError(path.string() + ": larger than " + std::to_string(max_bytes) + " bytes");
  std::string text;
  if (!base::pread_all(fd.get(), text)) throw InputError(path.string() + ": cannot be read");
  if (text.size() > max_bytes)
    throw InputError(path.string() + ": larger than " + std::to_string(max_bytes) + " bytes");
  return text;
}

std::vector<fs::path> PackageDir::list(const fs::path& dir) const {
  check_inside(dir);
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().starts_with(".")) continue;
    check_inside(entry.path());
    out.push_back(entry.path());
  }
  if (ec) throw InputError(dir.string() + ": cannot be listed: " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace judge
