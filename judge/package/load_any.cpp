#include "judge/package/load_any.h"

#include <algorithm>
#include <cctype>

#include "judge/errors.h"
#include "judge/package/cms_task.h"
#include "judge/package/confine.h"
#include "judge/package/dmoj_problem.h"
#include "judge/package/kattis_problem.h"
#include "judge/package/package_dir.h"
#include "judge/package/polygon_problem.h"
#include "judge/package/zip_extract.h"
#include "judge/work_dir.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// A package's directory name as a problem name: letters, digits, '_' and '-', at most 64.
std::string identifier(std::string name) {
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') c = '-';
  if (name.size() > 64) name.resize(64);
  return name.empty() ? "problem" : name;
}

// The last component of a path to a directory, however it is written ("x/", ".", "a/..").
std::string dir_name(const fs::path& path) {
  fs::path p = fs::absolute(path).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  return p.filename().string();
}

bool has_file(const fs::path& dir, const char* name) {
  std::error_code ec;
  return fs::is_regular_file(dir / name, ec);
}

Problem load_dir(const fs::path& dir, const std::string& name) {
  if (has_file(dir, "problem.toml")) return load_problem(dir / "problem.toml");
  if (has_file(dir, "problem.yaml") || has_file(dir, "domjudge-problem.ini"))
    return load_kattis_problem(PackageDir(dir), identifier(name));
  if (has_file(dir, "problem.xml")) return load_polygon_problem(PackageDir(dir), identifier(name));
  // CMS and DMOJ (issue 16): after the others, in this order.
  if (has_file(dir, "task.yaml")) return load_cms_task(PackageDir(dir), identifier(name));
  if (has_file(dir, "init.yml")) return load_dmoj_problem(PackageDir(dir), identifier(name));
  throw InputError(dir.string() +
                   ": not a problem (no problem.toml, problem.yaml, domjudge-problem.ini, "
                   "problem.xml, task.yaml or init.yml in it)");
}

// The package inside an extracted zip: its top level, or the one directory there.
fs::path package_root(const fs::path& dir) {
  if (is_problem_dir(dir)) return dir;
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(dir)) entries.push_back(e.path());
  if (entries.size() == 1 && fs::is_directory(fs::symlink_status(entries[0]))) return entries[0];
  return dir;
}

Problem load_zip(const fs::path& zip) {
  auto work = std::make_shared<WorkDir>(WorkDir::default_root());
  fs::path dir = work->make_dir("package", 0755);
  extract_zip(zip, dir);
  fs::path root = package_root(dir);
  Problem p = load_dir(root, root == dir ? zip.stem().string() : root.filename().string());
  // The package formats' readers confine their paths themselves; problem.toml's does not.
  if (p.format == "problem.toml") confine_to_zip(p, PackageDir(dir));
  p.package_files = work;
  return p;
}

}  // namespace

bool is_problem_dir(const fs::path& dir) {
  for (const char* marker : {"problem.toml", "problem.yaml", "domjudge-problem.ini", "problem.xml",
                             "task.yaml", "init.yml"})
    if (has_file(dir, marker)) return true;
  return false;
}

Problem load_problem_any(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return load_dir(path, dir_name(path));
  if (!fs::exists(path, ec)) throw InputError(path.string() + ": no such file or directory");
  fs::path parent = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::string file = path.filename().string(), ext = path.extension().string();
  std::string parent_name = dir_name(parent);
  if (file == "problem.yaml" || file == "domjudge-problem.ini")
    return load_kattis_problem(PackageDir(parent), identifier(parent_name));
  if (file == "problem.xml")
    return load_polygon_problem(PackageDir(parent), identifier(parent_name));
  if (file == "task.yaml") return load_cms_task(PackageDir(parent), identifier(parent_name));
  if (file == "init.yml") return load_dmoj_problem(PackageDir(parent), identifier(parent_name));
  if (ext == ".zip" || ext == ".kpp") return load_zip(path);
  if (ext == ".toml") return load_problem(path);
  throw InputError(path.string() +
                   ": not a problem (a directory, problem.toml, problem.yaml, problem.xml, or a "
                   ".zip of a package)");
}

}  // namespace judge
