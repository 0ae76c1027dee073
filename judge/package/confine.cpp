#include "judge/package/confine.h"

#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

void check(const PackageDir& package, const fs::path& path) {
  if (path.empty()) return;
  try {
    package.check_inside(path);
  } catch (const InputError& e) {
    throw InputError(path.string() + ": outside the zipped package " + package.root().string() +
                     " (a zipped problem.toml may name only its own files): " + e.what());
  }
}

void check_program(const PackageDir& package, const CheckerSpec& spec) {
  check(package, spec.program.source);
  check(package, spec.program.program);
}

}  // namespace

void confine_to_zip(const Problem& problem, const PackageDir& package) {
  for (const TestCase& t : problem.tests) {
    check(package, t.input);
    check(package, t.answer);
  }
  check_program(package, problem.checker);
  if (problem.interactor) check_program(package, problem.interactor->program);
  if (problem.manager) check_program(package, problem.manager->program);
  for (const CheckerSpec& v : problem.input_validators) check_program(package, v);
  for (const auto& [id, grader] : problem.graders)
    for (const fs::path& file : grader.files) check(package, file);
}

}  // namespace judge
