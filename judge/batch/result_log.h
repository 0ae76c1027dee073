// The results file: one JSON object per graded entry, appended whole and synced as each
// finishes, read back on the next run to skip what is done. In memory it keeps, per id, only where
// its latest line is in the file, its key and whether it was IE: a batch's memory stays flat
// however many submissions it grades (lines are read back from the file when asked for).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/append_file.h"
#include "base/fd.h"

namespace judge::batch {

class ResultLog {
 public:
  // Reads `file` if it exists (a torn last line, from a kill, is dropped and cut off) and opens it
  // for appending. Throws InputError (file:line) for a broken line before the last, or when the
  // file cannot be opened (a command-line mistake: a missing folder, say); JudgeError when it
  // cannot be read.
  explicit ResultLog(const std::filesystem::path& file);

  // The latest line for `id`, if any, in brief: id, key, who, problem, verdict, message, error,
  // score, max_score and max_cpu_ms (what resume, progress and summaries read). Read back from
  // the file; throws JudgeError when it cannot be.
  std::optional<nlohmann::json> latest(const std::string& id) const;
  // Whether the latest line for `id` has this key and is not IE: the entry needs no grading.
  bool done(const std::string& id, const std::string& key) const;
  // The latest whole line (tests, compile log and all) of each of `ids` that has one, in the
  // order of `ids`: what the HTML summary shows. Throws JudgeError when it cannot be read.
  std::vector<nlohmann::json> full_lines(const std::vector<std::string>& ids) const;
  // Appends `line` (which has "id" and "key") whole and fsynced; thread-safe.
  void append(const nlohmann::json& line);

 private:
  // Where an id's latest line is, and what resume needs of it.
  struct Seen {
    std::uint64_t offset = 0;
    std::uint32_t length = 0;  // without the newline
    std::string key;
    bool ie = false;
  };
  nlohmann::json read_line(const Seen& seen) const;  // the whole line; the caller holds mutex_

  mutable std::mutex mutex_;
  std::map<std::string, Seen> latest_;  // id -> its last line
  std::optional<base::AppendFile> file_;
  base::UniqueFd reader_;  // the same file, read only: lines are read back with pread
};

}  // namespace judge::batch
