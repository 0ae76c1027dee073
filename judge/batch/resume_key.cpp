#include "judge/batch/resume_key.h"

#include <fstream>
#include <sstream>

#include "judge/errors.h"
#include "judge/sha256.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

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

}  // namespace

std::string problem_version(const Problem& problem) {
  std::string list;
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
