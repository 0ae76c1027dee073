#include "judge/interaction_feedback.h"

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

fs::path carry_feedback(const fs::path& feedback, const fs::path& work, unsigned pass) {
  fs::path box = work / ("carried-" + std::to_string(pass));
  fs::create_directory(box);
  // The box user is not the owner: a world-writable directory lets it add and replace files. Only
  // the judge reaches it otherwise (`work` is 0700), and it only reads it through the box's
  // collect, which skips links and FIFOs.
  fs::permissions(box, fs::perms::all);
  for (const auto& entry : fs::directory_iterator(feedback)) {
    if (entry.path().filename() == kNextPassFile || !is_regular(entry.path())) continue;
    copy_regular(entry.path(), box / entry.path().filename(),
                 fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                     fs::perms::group_write | fs::perms::others_read | fs::perms::others_write);
  }
  return box;
}

}  // namespace judge
