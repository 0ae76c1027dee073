#include "judge/batch/resume_key.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "judge/errors.h"
#include "judge/sha256.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

// Folders of a problem that hold its example submissions, not what grades them.
const std::set<std::string> kNotProblemDirs = {"submissions", "solutions"};

std::string file_digest(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw JudgeError("cannot read " + file.string() + " for the problem's version");
  std::ostringstream data;
  data << in.rdbuf();
  return sha256_hex(data.str());
}

// One line per file: its digest and its name. Names keep two swapped files from hashing alike.
void add_file(std::string& list, const Problem& problem, const fs::path& file) {
  if (file.empty()) return;
  list += file_digest(file) + "  " + fs::relative(file, problem.dir).string() + "\n";
}

// Every regular file under the problem's directory, in name order, except its own submissions
// (examples, not part of what grades). Links are not followed: a link counts by its target's
// name. So anything that can change a verdict is in: settings files of a package (testdata.yaml,
// test_group.yaml), graders, interactors, validators, headers a checker includes.
void add_tree(std::string& list, const Problem& problem) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(problem.dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    bool top = it.depth() == 0;
    if (top && it->is_directory(ec) && kNotProblemDirs.contains(path.filename().string())) {
      it.disable_recursion_pending();
    } else if (it->is_symlink(ec)) {
      list += "link " + fs::read_symlink(path, ec).string() + "  " +
              fs::relative(path, problem.dir).string() + "\n";
    } else if (it->is_regular_file(ec)) {
      files.push_back(path);
    }
  }
  if (ec) throw JudgeError("cannot list " + problem.dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) add_file(list, problem, file);
}

}  // namespace

std::string problem_version(const Problem& problem) {
  std::string list;
  add_tree(list, problem);
  // And what it names outside its directory, if anything.
  add_file(list, problem, problem.file);
  for (const TestCase& test : problem.tests) {
    add_file(list, problem, test.input);
    add_file(list, problem, test.answer);
  }
  if (problem.checker.is_program()) {
    add_file(list, problem, problem.checker.program.source);
    add_file(list, problem, problem.checker.program.program);
  }
  return sha256_hex(list);
}

std::string resume_key(std::string_view source, const std::string& problem_version,
                       const std::string& language) {
  // Fixed-length digests and a NUL-free id: the fields cannot run into each other.
  return sha256_hex(sha256_hex(source) + "\n" + problem_version + "\n" + language + "\n" +
                    std::string(kJudgeVersion));
}

std::string error_key(const std::string& id, const std::string& error) {
  return sha256_hex("error\n" + id + "\n" + error + "\n" + std::string(kJudgeVersion));
}

}  // namespace judge::batch
