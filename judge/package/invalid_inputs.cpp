#include "judge/package/invalid_inputs.h"

#include <set>

#include "judge/errors.h"
#include "judge/package/package_dir.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr int kMaxDepth = 16;
constexpr std::size_t kMaxInvalidInputs = 100'000;

// Walks data/invalid_input, keeping the .in files in name order.
class InvalidInputWalk {
 public:
  explicit InvalidInputWalk(const PackageDir& package) : package_(package) {}

  std::vector<fs::path> walk(const fs::path& dir, int depth) {
    if (depth > kMaxDepth)
      throw InputError(dir.string() + ": directories nest more than " + std::to_string(kMaxDepth) +
                       " deep");
    // A link to a directory already walked would walk it again, or forever.
    if (!seen_.insert(fs::canonical(dir)).second)
      throw InputError(dir.string() + ": a directory reached a second time");
    for (const fs::path& entry : package_.list(dir)) {
      if (package_.is_dir(entry)) {
        walk(entry, depth + 1);
      } else if (entry.extension() == ".in" && package_.is_file(entry)) {
        if (found_.size() == kMaxInvalidInputs)
          throw InputError(dir.string() + ": more than " + std::to_string(kMaxInvalidInputs) +
                           " invalid inputs");
        found_.push_back(entry);
      }
    }
    return found_;
  }

 private:
  const PackageDir& package_;
  std::set<fs::path> seen_;
  std::vector<fs::path> found_;
};

}  // namespace

InvalidInputs invalid_inputs(const Problem& problem) {
  InvalidInputs out;
  if (!problem.format.starts_with("kattis")) return out;
  PackageDir package(problem.dir);
  fs::path dir = package.find("data/invalid_input");
  if (!package.is_dir(dir)) return out;
  out.inputs = InvalidInputWalk(package).walk(dir, 1);
  fs::path data = package.root() / "data";
  for (const fs::path& input : out.inputs)
    out.names.push_back(fs::path(input).replace_extension().lexically_relative(data).string());
  out.validators = kattis_input_validators(problem, out.inputs);
  return out;
}

}  // namespace judge
