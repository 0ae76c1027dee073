#include "judge/batch/discover.h"

#include <algorithm>
#include <map>

#include "judge/errors.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
  return p.filename().string().starts_with(".");
}

// The visible subfolders of `dir`, sorted; a link to a folder is not followed (the files of a
// class are students' uploads: a link could name any folder of the host). Throws InputError when
// it cannot be listed.
std::vector<fs::path> subfolders(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw InputError(dir.string(), 0, 0, "not a directory");
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (!hidden(e.path()) && e.is_directory(ec) && !e.is_symlink(ec)) out.push_back(e.path());
  if (ec) throw InputError(dir.string(), 0, 0, "cannot list: " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

// The visible non-directory names in `dir`: files, and links or others the grader will refuse
// with a message of their own.
std::vector<fs::path> files_in(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (!hidden(e.path()) && (!e.is_directory(ec) || e.is_symlink(ec))) out.push_back(e.path());
  return out;
}

Entry make_entry(const std::string& who, const std::string& problem, const fs::path& file) {
  Entry entry;
  entry.who = who;
  entry.problem = problem;
  entry.id = who + "/" + problem;
  entry.submission = file;
  return entry;
}

}  // namespace

Layout detect_layout(const fs::path& root, const ProblemCatalog& catalog) {
  std::vector<fs::path> dirs = subfolders(root);
  if (dirs.empty()) return Layout::WhoFirst;
  for (const fs::path& d : dirs)
    if (!catalog.find(d.filename().string())) return Layout::WhoFirst;
  return Layout::ProblemFirst;
}

std::vector<Entry> discover_folder(const fs::path& root, Layout layout,
                                   const ProblemCatalog& catalog) {
  std::vector<Entry> entries;
  for (const fs::path& dir : subfolders(root)) {
    for (const fs::path& file : files_in(dir)) {
      std::string outer = dir.filename().string(), inner = file.stem().string();
      Entry entry = layout == Layout::WhoFirst ? make_entry(outer, inner, file)
                                               : make_entry(inner, outer, file);
      if (!catalog.find(entry.problem))
        entry.error = "unknown problem '" + entry.problem + "' (not in --problems)";
      entries.push_back(std::move(entry));
    }
  }
  mark_duplicate_ids(entries);
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.id < b.id; });
  return entries;
}

std::vector<Entry> discover_files(const std::string& problem, const std::vector<fs::path>& files) {
  std::vector<Entry> entries;
  for (const fs::path& file : files)
    entries.push_back(make_entry(file.stem().string(), problem, file));
  mark_duplicate_ids(entries);
  return entries;
}

void mark_duplicate_ids(std::vector<Entry>& entries) {
  std::map<std::string, std::vector<std::size_t>> by_id;
  for (std::size_t i = 0; i < entries.size(); ++i) by_id[entries[i].id].push_back(i);
  std::vector<bool> drop(entries.size());
  for (auto& [id, same] : by_id) {
    if (same.size() < 2) continue;
    std::string names;
    for (std::size_t i : same)
      names += (names.empty() ? "" : ", ") + entries[i].submission.string();
    // One entry stays, with the error: one results line per id, whatever the workers do.
    entries[same[0]].error = "more than one submission for " + id + ": " + names;
    for (std::size_t k = 1; k < same.size(); ++k) drop[same[k]] = true;
  }
  std::vector<Entry> kept;
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(entries[i]));
  entries = std::move(kept);
}

}  // namespace judge::batch
