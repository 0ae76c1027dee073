// The results file: one JSON object per graded entry, appended whole and synced as each
// finishes, read back on the next run to skip what is done.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/append_file.h"

namespace judge::batch {

class ResultLog {
 public:
  // Reads `file` if it exists (a torn last line, from a kill, is dropped and cut off) and opens it
  // for appending. Throws InputError (file:line) for a broken line before the last, or when the
  // file cannot be opened (a command-line mistake: a missing folder, say); JudgeError when it
  // cannot be read.
  explicit ResultLog(const std::filesystem::path& file);

  // The latest line for `id`, if any, in brief: id, key, who, problem, verdict, message, error,
  // score, max_score and max_cpu_ms (what resume, progress and summaries read).
  std::optional<nlohmann::json> latest(const std::string& id) const;
  // Whether the latest line for `id` has this key and is not IE: the entry needs no grading.
  bool done(const std::string& id, const std::string& key) const;
  // The latest whole line (tests, compile log and all) of each of `ids` that has one, in the
  // order of `ids`: what the HTML summary shows. Reads the file again, so that the batch keeps
  // only brief lines in memory while it runs. Throws JudgeError when it cannot be read.
  std::vector<nlohmann::json> full_lines(const std::vector<std::string>& ids) const;
  // Appends `line` (which has "id" and "key") whole and fsynced; thread-safe.
  void append(const nlohmann::json& line);

 private:
  mutable std::mutex mutex_;
  std::map<std::string, nlohmann::json> latest_;  // id -> its last line
  std::optional<base::AppendFile> file_;
};

}  // namespace judge::batch
