#include "judge/grader_files.h"

#include <algorithm>
#include <set>

#include "judge/file_io.h"
#include "judge/toml_reader.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

bool is_language_id(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  });
}

// Each file exists, is regular, and has a plain name of its own in /box.
std::vector<fs::path> read_files(TomlTable& table, const fs::path& base) {
  auto names = table.strings("files");
  if (!names || names->empty())
    table.fail_here("needs files = [\"grader.cpp\", ...]: the files compiled with the submission");
  std::vector<fs::path> files;
  std::set<std::string> seen;
  for (const std::string& name : *names) {
    fs::path file = base / name;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) table.fail("files", "no such file '" + file.string() + "'");
    std::string in_box = file.filename().string();
    if (!is_plain_file_name(in_box))
      table.fail("files", "'" + in_box +
                              "' is not a plain file name (letters, digits, '.', '_' "
                              "and '-', not starting with '.')");
    if (!seen.insert(in_box).second)
      table.fail("files", "two files named '" + in_box + "': each is /box/NAME in the compile box");
    files.push_back(file);
  }
  return files;
}

GraderFiles read_grader(TomlTable& table, const fs::path& base) {
  GraderFiles g;
  g.files = read_files(table, base);
  auto is_grader_file = [&](const std::string& name) {
    return std::any_of(g.files.begin(), g.files.end(),
                       [&](const fs::path& f) { return f.filename() == name; });
  };
  g.submission_name = table.string("submission_name").value_or("");
  if (!g.submission_name.empty() && !is_plain_file_name(g.submission_name))
    table.fail("submission_name", "'" + g.submission_name + "' must be a plain file name");
  if (is_grader_file(g.submission_name))
    table.fail("submission_name", "'" + g.submission_name + "' is also one of files");
  g.main = table.string("main").value_or("");
  if (!g.main.empty() && !is_grader_file(g.main) && g.main != g.submission_name)
    table.fail("main", "'" + g.main + "' is neither one of files nor submission_name");
  g.keep = table.strings("keep").value_or(std::vector<std::string>{});
  for (const std::string& name : g.keep)
    if (!is_grader_file(name)) table.fail("keep", "'" + name + "' is not one of files");
  table.finish();
  return g;
}

}  // namespace

Graders read_graders(TomlTable& root, const fs::path& base) {
  Graders graders;
  auto tables = root.table("grader");
  if (!tables) return graders;
  for (const std::string& id : tables->keys()) {
    if (!is_language_id(id))
      tables->fail(id, "'" + id + "' is not a language id (see languages.toml)");
    auto table = tables->table(id);  // fails for anything but a table
    graders[id] = read_grader(*table, base);
  }
  if (graders.empty())
    tables->fail_here("names no language: use [grader.ID] tables, e.g. [grader.cpp]");
  tables->finish();
  return graders;
}

}  // namespace judge
