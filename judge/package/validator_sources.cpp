#include "judge/package/validator_sources.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "judge/errors.h"
#include "judge/package/package_dir.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFiles = 64;

// The source extensions of the languages a validator of several files may be in, as
// judge/languages.toml names them; any other file (a header, data) only goes beside the sources.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kSourceLanguages{
    {{".c", "c"},
     {".cpp", "cpp"},
     {".cc", "cpp"},
     {".cxx", "cpp"},
     {".py", "python3"},
     {".java", "java"}}};

std::string_view language_of(const fs::path& file) {
  std::string ext = file.extension().string();
  for (auto [extension, language] : kSourceLanguages)
    if (ext == extension) return language;
  return {};
}

bool named_main(const fs::path& file) {
  std::string name = file.filename().string();
  return name.size() > 5 && std::equal(name.begin(), name.begin() + 5, "main.",
                                       [](char a, char b) { return std::tolower(a) == b; });
}

// The directory's regular files, sorted; refusing what problemtools would run otherwise.
std::vector<fs::path> files_of(const PackageDir& package, const fs::path& dir) {
  std::vector<fs::path> files = package.list(dir);
  for (const fs::path& f : files) {
    if (f.filename() == "build" || f.filename() == "run")
      throw InputError(f.string() + ": build and run scripts are not supported yet");
    if (!package.is_file(f))
      throw InputError(f.string() + ": a subdirectory of a validator is not supported");
  }
  if (files.size() > kMaxFiles)
    throw InputError(dir.string() + ": more than " + std::to_string(kMaxFiles) + " files");
  return files;
}

}  // namespace

CheckerProgram directory_program(const PackageDir& package, const fs::path& dir) {
  std::vector<fs::path> files = files_of(package, dir);
  std::vector<fs::path> sources;
  std::string_view language;
  for (const fs::path& f : files) {
    std::string_view of = language_of(f);
    if (of.empty()) continue;
    if (!language.empty() && of != language)
      throw InputError(dir.string() + ": sources in " + std::string(language) + " and " +
                       std::string(of) + " (a validator is in one language)");
    language = of;
    sources.push_back(f);
  }
  if (sources.empty())
    throw InputError(dir.string() + ": no source file (.c, .cpp, .cc, .cxx, .py or .java)");
  if (language == "java" && sources.size() > 1)
    throw InputError(dir.string() + ": a Java validator of several classes is not supported");
  auto main = std::find_if(sources.begin(), sources.end(), named_main);
  CheckerProgram out;
  out.source = main != sources.end() ? *main : sources.front();
  for (const fs::path& f : files)
    if (f != out.source) out.compile_files.push_back(fs::canonical(f));
  return out;
}

}  // namespace judge
