#include "judge/artifact_layer.h"

#include <algorithm>
#include <cstdint>

#include "base/copy_file.h"
#include "base/fd.h"
#include "base/files.h"
#include "base/glob.h"
#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;
using base::UniqueFd;

namespace {

void make_dir(const fs::path& dir) {
  if (int err = base::make_dir(dir, 0755)) throw_errno("cannot create " + dir.string(), err);
}

UniqueFd open_dir(const fs::path& dir) {
  UniqueFd fd = base::open_dir(dir);
  if (!fd) throw_errno("cannot open " + dir.string());
  return fd;
}

// An open regular file of at most `max_size` bytes, never through a link.
UniqueFd open_regular(int dir, const std::string& name, std::uint64_t max_size, struct stat& st) {
  UniqueFd in;
  switch (base::open_regular_at(dir, name.c_str(), max_size, in, st)) {
    case base::OpenRegular::Ok: return in;
    case base::OpenRegular::CannotOpen: throw_errno("cannot open artifact " + name);
    case base::OpenRegular::NotRegular:
      throw JudgeError("artifact " + name + " is not a regular file");
    case base::OpenRegular::TooLarge: break;
  }
  throw JudgeError("artifact " + name + " is too large");
}

void copy_contents(int in, const std::string& name, int to_dir, mode_t mode,
                   std::uint64_t max_size) {
  char buffer[1 << 16];
  std::uint64_t copied = 0;
  switch (base::copy_to_new_file(in, {to_dir, name.c_str(), mode}, max_size,
                                 {buffer, sizeof buffer}, copied)) {
    case base::CopyResult::Done: return;
    case base::CopyResult::CreateFailed: throw_errno("cannot create " + name);
    case base::CopyResult::ReadFailed: throw_errno("reading artifact " + name);
    case base::CopyResult::WriteFailed: throw_errno("writing " + name);
    case base::CopyResult::TooLarge: break;
  }
  throw JudgeError("artifact " + name + " is too large");
}

// The file the box's init made is taken as it is (a link) once it is the judge's, read-only to
// others and without setuid bits; a file with another name somewhere could still change through
// it, so it is copied, as is any file a link cannot take (another filesystem, no /proc).
void place(int from_dir, const std::string& name, int to_dir, std::uint64_t max_size) {
  struct stat st {};
  UniqueFd in = open_regular(from_dir, name, max_size, st);
  mode_t mode = (st.st_mode & 0111) ? 0755 : 0644;
  if (st.st_nlink == 1 && base::take_and_link(in.get(), mode, to_dir, name.c_str())) return;
  copy_contents(in.get(), name, to_dir, mode, max_size);
}

}  // namespace

std::vector<std::string> matching_files(const fs::path& dir,
                                        const std::vector<std::string>& patterns) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::error_code type_ec;
    if (entry.symlink_status(type_ec).type() != fs::file_type::regular) continue;
    std::string name = entry.path().filename().string();
    for (const std::string& pattern : patterns)
      if (base::glob_match(pattern.c_str(), name.c_str())) {  // as the box's init matched them
        names.push_back(name);
        break;
      }
  }
  std::sort(names.begin(), names.end());
  return names;
}

void make_layer(const fs::path& from_dir, const std::vector<std::string>& names,
                std::uint64_t max_size, const fs::path& layer) {
  make_dir(layer);
  make_dir(layer / "sol");
  UniqueFd from = open_dir(from_dir), to = open_dir(layer / "sol");
  for (const std::string& name : names) place(from.get(), name, to.get(), max_size);
}

void copy_layer(const fs::path& from, const fs::path& to) {
  make_dir(to);
  make_dir(to / "sol");
  UniqueFd in_dir = open_dir(from / "sol"), out_dir = open_dir(to / "sol");
  for (const std::string& name : matching_files(from / "sol", {"*"})) {
    struct stat st {};
    UniqueFd in = open_regular(in_dir.get(), name, UINT64_MAX, st);
    copy_contents(in.get(), name, out_dir.get(), st.st_mode & 0777, UINT64_MAX);
  }
}

}  // namespace judge
