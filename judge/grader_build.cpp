#include "judge/grader_build.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxGraderFile = 16 << 20;

bool compiled_by(const Language& language, const fs::path& file) {
  const auto& ext = language.extensions;
  return std::find(ext.begin(), ext.end(), file.extension().string()) != ext.end();
}

// "{sources}", a whole argument, becomes the names of `sources`.
std::vector<std::string> expand_sources(const std::vector<std::string>& args,
                                        const std::vector<std::string>& sources) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    if (arg == "{sources}")
      out.insert(out.end(), sources.begin(), sources.end());
    else
      out.push_back(arg);
  }
  return out;
}

void replace_main(std::vector<std::string>& args, const std::string& main) {
  for (std::string& arg : args)
    for (auto pos = arg.find("{main}"); pos != std::string::npos; pos = arg.find("{main}", pos))
      arg.replace(pos, 6, main), pos += main.size();
}

std::string read_file(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) > kMaxGraderFile)
    throw JudgeError("the grader file " + path.string() +
                     " is not a regular file of at most 16MiB");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream data;
  data << in.rdbuf();
  if (!in) throw JudgeError("cannot read the grader file " + path.string());
  return data.str();
}

std::string known_ids(const Graders& graders) {
  std::string ids;
  for (const auto& [id, files] : graders) ids += (ids.empty() ? "" : ", ") + id;
  return ids;
}

}  // namespace

ResolvedLanguage resolve_language(const Language& language, const Graders& graders) {
  ResolvedLanguage out{language, ""};
  Language& l = out.language;
  if (graders.empty()) {
    l.compile = expand_sources(l.compile, {l.source});
    l.artifacts = expand_sources(l.artifacts, {l.source});
    replace_main(l.run, l.source);
    return out;
  }
  auto it = graders.find(language.id);
  if (it == graders.end()) {
    out.error = "this problem has a grader only for " + known_ids(graders) +
                ": it cannot be solved in " + language.id;
    return out;
  }
  const GraderFiles& g = it->second;
  if (!g.submission_name.empty()) l.source = g.submission_name;
  for (const fs::path& f : g.files)
    if (f.filename() == l.source) {
      out.error = "the grader file " + l.source + " has the submission's name in " + language.id +
                  "'s compile box: set submission_name in [grader." + language.id + "]";
      out.judge_fault = true;
      return out;
    }
  std::vector<std::string> sources{l.source};
  for (const fs::path& f : g.files)
    if (compiled_by(language, f)) sources.push_back(f.filename().string());
  const bool has_placeholder =
      std::find(l.compile.begin(), l.compile.end(), "{sources}") != l.compile.end();
  if (!l.compile.empty() && !has_placeholder) {
    out.error = "the compile command of " + language.id +
                " has no {sources}: it cannot compile the problem's grader (docs/languages.md)";
    out.judge_fault = true;
    return out;
  }
  l.compile = expand_sources(l.compile, sources);
  l.artifacts = expand_sources(l.artifacts, sources);
  l.artifacts.insert(l.artifacts.end(), g.keep.begin(), g.keep.end());
  replace_main(l.run, !g.main.empty() ? g.main : sources.size() > 1 ? sources[1] : l.source);
  return out;
}

CompileFiles compile_files(const Language& resolved, std::string_view submission,
                           const Graders& graders) {
  CompileFiles out;
  out.files.emplace_back(resolved.source, std::string(submission));
  auto it = graders.find(resolved.id);
  if (it == graders.end()) return out;
  for (const fs::path& f : it->second.files) {
    std::string name = f.filename().string(), data = read_file(f);
    out.key_material +=
        std::to_string(name.size()) + ":" + name + std::to_string(data.size()) + ":" + data;
    out.files.emplace_back(std::move(name), std::move(data));
  }
  return out;
}

}  // namespace judge
