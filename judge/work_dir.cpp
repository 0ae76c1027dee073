#include "judge/work_dir.h"

#include <atomic>
#include <cstdlib>

#include "judge/errors.h"
#include "base/files.h"
#include "base/owner.h"

namespace judge {
namespace fs = std::filesystem;

namespace {
constexpr const char* kPrefix = "judge-";
std::atomic<unsigned> sequence{0};
}  // namespace

WorkDir::WorkDir(const fs::path& root) {
  fs::create_directories(root);
  path_ = root / (kPrefix + base::owner_token() + "-" + std::to_string(sequence++));
  if (int err = base::make_dir(path_, 0700))
    throw_errno("cannot create work directory " + path_.string(), err);
}

WorkDir::~WorkDir() {
  // Everything the boxes made in here is dead by now (each run ends with its box), and
  // remove_all does not follow symbolic links, so box-made links cannot redirect the removal.
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path WorkDir::make_dir(const std::string& name, unsigned mode) {
  fs::path dir = path_ / name;
  if (int err = base::make_dir(dir, mode)) throw_errno("cannot create " + dir.string(), err);
  return dir;
}

void WorkDir::remove_stale(const fs::path& root) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(kPrefix, 0) != 0 || !entry.is_directory(ec) || entry.is_symlink(ec)) continue;
    if (base::is_stale_owner(name.substr(std::string(kPrefix).size())))
      fs::remove_all(entry.path(), ec);
  }
}

fs::path WorkDir::default_root() {
  const char* tmp = std::getenv("TMPDIR");
  return tmp && *tmp ? fs::path(tmp) : fs::path("/tmp");
}

}  // namespace judge
