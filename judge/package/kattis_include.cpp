#include "judge/package/kattis_include.h"

#include <array>
#include <string_view>

#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 16 << 20;  // as a grader file (judge/grader_build.cpp)
constexpr std::size_t kMaxFiles = 64;

// Kattis language names whose judge language runs no {main} (judge/grader_build.h): the files go
// beside the submission and those with its extensions are compiled with it. An interpreted
// language would need the package's rule for which file is the main one: not done.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kLanguages{
    {{"c", "c"}, {"cpp", "cpp"}, {"java", "java"}}};

std::string language_of(const fs::path& dir) {
  std::string name = dir.filename().string();
  for (auto [kattis, id] : kLanguages)
    if (name == kattis) return std::string(id);
  if (name == "default")
    throw InputError(dir.string() +
                     ": include/default/ (files for every language) is not supported: give "
                     "include/<language>/ for c, cpp or java");
  throw InputError(dir.string() + ": files included with " + name +
                   " submissions are not supported (only c, cpp and java)");
}

GraderFiles files_of(const PackageDir& package, const fs::path& dir) {
  GraderFiles out;
  for (const fs::path& entry : package.list(dir)) {
    if (!package.is_file(entry))
      throw InputError(entry.string() + ": not a regular file (subdirectories of include/" +
                       dir.filename().string() + "/ are not supported)");
    std::error_code ec;
    if (fs::file_size(entry, ec) > kMaxFileBytes || ec)
      throw InputError(entry.string() + ": larger than 16MiB");
    if (out.files.size() == kMaxFiles)
      throw InputError(dir.string() + ": more than " + std::to_string(kMaxFiles) + " files");
    // The file itself, not a link the package holds: nothing changes it after this check.
    out.files.push_back(fs::canonical(entry));
  }
  return out;
}

}  // namespace

Graders read_kattis_include(const PackageDir& package) {
  Graders out;
  fs::path include = package.find("include");
  if (include.empty()) return out;
  if (!package.is_dir(include))
    throw InputError(include.string() + ": not a directory (include/<language>/ is)");
  for (const fs::path& dir : package.list(include)) {
    if (!package.is_dir(dir))
      throw InputError(dir.string() + ": not a directory (include/<language>/ is)");
    out[language_of(dir)] = files_of(package, dir);
  }
  return out;
}

}  // namespace judge
