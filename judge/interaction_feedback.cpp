#include "judge/interaction_feedback.h"

#include <fcntl.h>
#include <sys/stat.h>

#include "base/fd.h"
#include "base/file_io.h"

#include "judge/errors.h"
#include "judge/interaction_boxes.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The copy is the judge's own file: made anew, never through a link, readable by the boxes.
void copy_regular(const fs::path& from, const fs::path& to, fs::perms mode) {
  if (!is_regular(from)) throw JudgeError(from.string() + " is not a regular file");
  fs::copy_file(from, to, fs::copy_options::none);
  fs::permissions(to, mode);
}

// The judge's copy of a file the interactor's box left (collect took it out): not followed through
// a link, a regular file, at most kCarriedFileBytes.
std::string read_bounded(const fs::path& path) {
  base::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  struct stat st {};
  if (!fd || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
    throw JudgeError(path.string() + " is not a regular file");
  if (static_cast<std::uint64_t>(st.st_size) > kCarriedFileBytes)
    throw JudgeError(path.string() + " is larger than " + std::to_string(kCarriedFileBytes) +
                     " bytes");
  std::string text;
  if (!base::pread_all(fd.get(), text) || text.size() > kCarriedFileBytes)
    throw JudgeError("cannot read " + path.string());
  return text;
}

}  // namespace

bool is_regular(const fs::path& path) {
  std::error_code ec;
  return fs::symlink_status(path, ec).type() == fs::file_type::regular;
}

fs::path next_pass_input(const fs::path& feedback, const fs::path& work, unsigned pass) {
  fs::path input = work / ("input-" + std::to_string(pass));
  copy_regular(feedback / kNextPassFile, input,
               fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                   fs::perms::others_read);
  return input;
}

std::vector<sandbox::SeedFile> carry_feedback(const fs::path& feedback) {
  std::vector<sandbox::SeedFile> carried;
  for (const auto& entry : fs::directory_iterator(feedback)) {
    const std::string name = entry.path().filename().string();
    if (name == kNextPassFile || !is_regular(entry.path())) continue;
    if (carried.size() == kCarriedFiles)
      throw JudgeError("more than " + std::to_string(kCarriedFiles) + " feedback files to carry");
    carried.push_back({name, read_bounded(entry.path())});
  }
  return carried;
}

}  // namespace judge
