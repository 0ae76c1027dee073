#include "judge/output_only_files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <stdexcept>

#include "base/fd.h"
#include "base/files.h"
#include "judge/errors.h"
#include "judge/package/zip_extract.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The names in the open directory `dir`, but "." and "..".
std::set<std::string> list_names(int dir, const fs::path& path) {
  int copy = ::fcntl(dir, F_DUPFD_CLOEXEC, 0);
  DIR* d = copy < 0 ? nullptr : ::fdopendir(copy);
  if (!d) {
    if (copy >= 0) ::close(copy);
    throw InputError(path.string(), 0, 0, std::string("cannot list: ") + std::strerror(errno));
  }
  std::set<std::string> names;
  while (const dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name != "." && name != "..") names.insert(name);
  }
  ::closedir(d);
  return names;
}

SubmittedOutput rejected(Verdict verdict, std::string message) {
  SubmittedOutput out;
  out.verdict = verdict;
  out.message = std::move(message);
  return out;
}

SubmittedOutput too_large(const std::string& name, std::uint64_t limit) {
  return rejected(Verdict::OLE,
                  name + " is larger than the output limit (" + std::to_string(limit) + " bytes)");
}

// Copies the regular file `name` of `dir` to `to`, never through a link, at most `limit` bytes.
// A failure to write the copy is the judge's (thrown, IE).
SubmittedOutput copy_output(int dir, const std::string& name, const fs::path& to,
                            std::uint64_t limit) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below).
  base::UniqueFd fd(
      ::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (!fd)
    return rejected(Verdict::WA, errno == ELOOP
                                     ? name + " is a symbolic link (not followed)"
                                     : name + " cannot be opened: " + std::strerror(errno));
  auto st = base::status_of(fd.get());
  if (!st || !S_ISREG(st->st_mode)) return rejected(Verdict::WA, name + " is not a regular file");
  if (static_cast<std::uint64_t>(st->st_size) > limit) return too_large(name, limit);
  base::UniqueFd copy = base::create_file(to, 0600);
  if (!copy) throw std::runtime_error("cannot create " + to.string() + ": " + std::strerror(errno));
  char buffer[1 << 16];
  std::uint64_t total = 0;
  for (long n; (n = base::read_some(fd.get(), buffer, sizeof buffer)) != 0;) {
    if (n < 0) return rejected(Verdict::WA, name + " cannot be read: " + std::strerror(errno));
    total += static_cast<std::uint64_t>(n);
    if (total > limit) return too_large(name, limit);  // it grew since fstat
    for (long off = 0; off < n;) {
      ssize_t w = ::write(copy.get(), buffer + off, static_cast<std::size_t>(n - off));
      if (w < 0)
        throw std::runtime_error("cannot write " + to.string() + ": " + std::strerror(errno));
      off += w;
    }
  }
  SubmittedOutput out;
  out.copy = to;
  out.verdict = Verdict::AC;
  return out;
}

// The submission's directory, open: itself, or the zip extracted under `work`.
base::UniqueFd open_submission(const Problem& problem, const fs::path& submission,
                               const fs::path& work, std::uint64_t limit) {
  auto st = base::status_of(submission, base::Links::NoFollow);
  if (!st)
    throw InputError(submission.string(), 0, 0,
                     "cannot read: " + std::string(std::strerror(errno)));
  fs::path dir = submission;
  if (S_ISREG(st->st_mode)) {
    dir = work / "zip";
    if (int err = base::make_dir(dir, 0700))
      throw std::runtime_error("cannot make " + dir.string() + ": " + std::strerror(err));
    ZipBounds bounds;
    // Every output at the limit, and some files of the submitter's own (reported as extra).
    const std::uint64_t tests = problem.tests.size();
    bounds.max_entries = 2 * tests + 64;
    bounds.max_total_bytes = std::min(bounds.max_total_bytes, (tests + 1) * limit);
    extract_zip(submission, dir, bounds);
  } else if (!S_ISDIR(st->st_mode)) {
    throw InputError(submission.string(), 0, 0,
                     "not a directory or a zip of output files (a link is not followed)");
  }
  base::UniqueFd fd = base::open_dir(dir);
  if (!fd)
    throw InputError(dir.string(), 0, 0, "cannot open: " + std::string(std::strerror(errno)));
  return fd;
}

}  // namespace

std::vector<std::string> output_names(const Problem& problem, std::size_t index) {
  std::vector<std::string> names{"output_" + problem.tests[index].name + ".txt"};
  char number[32];
  std::snprintf(number, sizeof number, "%03zu", index);
  bool taken = std::any_of(problem.tests.begin(), problem.tests.end(),
                           [&](const TestCase& t) { return t.name == number; });
  if (!taken) names.push_back("output_" + std::string(number) + ".txt");
  return names;
}

SubmittedOutputs take_outputs(const Problem& problem, const fs::path& submission,
                              const fs::path& work, std::uint64_t limit) {
  base::UniqueFd dir = open_submission(problem, submission, work, limit);
  std::set<std::string> left = list_names(dir.get(), submission);
  fs::path copies = work / "outputs";
  if (int err = base::make_dir(copies, 0700))
    throw std::runtime_error("cannot make " + copies.string() + ": " + std::strerror(err));
  SubmittedOutputs out;
  for (std::size_t i = 0; i < problem.tests.size(); ++i) {
    std::vector<std::string> names = output_names(problem, i);
    auto found = std::find_if(names.begin(), names.end(),
                              [&](const std::string& n) { return left.count(n) != 0; });
    if (found == names.end()) {
      out.tests.push_back(rejected(Verdict::WA, "no " + names.front() + " in the submission"));
      continue;
    }
    left.erase(*found);
    out.tests.push_back(
        copy_output(dir.get(), *found, copies / (std::to_string(i) + ".out"), limit));
  }
  out.extra.assign(left.begin(), left.end());
  return out;
}

}  // namespace judge
