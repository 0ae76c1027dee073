// A private directory for one grading: compile box files and each test's output. Named after its
// owner (see base/owner.h) so that a later start removes what a killed judge left.
#pragma once

#include <filesystem>

namespace judge {

class WorkDir {
 public:
  // Creates ROOT/judge-<owner>-<n>, mode 0700.
  explicit WorkDir(const std::filesystem::path& root);
  ~WorkDir();
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // A fresh subdirectory with exactly `mode` (no umask).
  std::filesystem::path make_dir(const std::string& name, unsigned mode);

  // Removes ROOT/judge-* directories whose owner is dead.
  static void remove_stale(const std::filesystem::path& root);
  // $TMPDIR, or /tmp.
  static std::filesystem::path default_root();

 private:
  std::filesystem::path path_;
};

}  // namespace judge
