#include "judge/batch/problem_catalog.h"

#include "judge/batch/resume_key.h"
#include "judge/errors.h"
#include "judge/package/load_any.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

ProblemCatalog::Item load_item(const fs::path& path) {
  ProblemCatalog::Item item;
  try {
    item.problem = load_problem_any(path);
    item.version = problem_version(item.problem);
  } catch (const std::exception& e) {
    item.error = e.what();
    item.version.clear();
  }
  return item;
}

}  // namespace

ProblemCatalog ProblemCatalog::from_dir(const fs::path& dir) {
  ProblemCatalog catalog;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw InputError(dir.string(), 0, 0, "not a directory");
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& path = entry.path();
    std::string name;
    if (entry.is_directory(ec) && is_problem_dir(path))
      name = path.filename().string();
    else if (entry.is_regular_file(ec) && path.extension() == ".zip")
      name = path.stem().string();
    else
      continue;
    auto [it, added] = catalog.items_.try_emplace(name, load_item(path));
    if (!added) {  // NAME/ and NAME.zip: which one is meant is not for the listing order to say
      it->second = Item{};
      it->second.error = "two problems named '" + name + "' in " + dir.string();
    }
  }
  if (ec) throw InputError(dir.string(), 0, 0, "cannot list: " + ec.message());
  return catalog;
}

ProblemCatalog ProblemCatalog::single(const fs::path& problem_file) {
  ProblemCatalog catalog;
  Item item;
  item.problem = load_problem_any(problem_file);
  item.version = problem_version(item.problem);
  std::string name = item.problem.name;
  catalog.items_[name] = std::move(item);
  return catalog;
}

const ProblemCatalog::Item* ProblemCatalog::find(const std::string& name) const {
  auto it = items_.find(name);
  return it == items_.end() ? nullptr : &it->second;
}

std::vector<std::string> ProblemCatalog::names() const {
  std::vector<std::string> names;
  for (const auto& [name, item] : items_) names.push_back(name);
  return names;
}

}  // namespace judge::batch
