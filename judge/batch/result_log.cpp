#include "judge/batch/result_log.h"

#include "judge/errors.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

// What a batch needs of a line once it is written: resume (id, key, verdict), summaries (who,
// problem, verdict or error, scores, time) and progress. Keeping only this holds the batch's
// memory to a few hundred bytes per entry, whatever the compile logs and test tables weigh.
nlohmann::json brief(const nlohmann::json& line) {
  nlohmann::json out = nlohmann::json::object();
  for (const char* key : {"id", "key", "who", "problem", "verdict", "message", "error", "score",
                          "max_score", "max_cpu_ms"})
    if (line.contains(key)) out[key] = line[key];
  return out;
}

// The lines of `text` that end in '\n', parsed; the last one may be torn (no newline) and is
// left out. A line before it that is not an object with a string id is the file's corruption.
std::map<std::string, nlohmann::json> read_lines(const std::string& text, const fs::path& file) {
  std::map<std::string, nlohmann::json> latest;
  std::size_t start = 0;
  for (unsigned line = 1;; ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) break;  // none left, or a torn last line
    nlohmann::json j = nlohmann::json::parse(text.substr(start, end - start), nullptr, false);
    start = end + 1;
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string() || !j.contains("key"))
      throw InputError(file.string(), line, 0,
                       "not a results line (an object with id and key); is --out the right file?");
    std::string id = j["id"].get<std::string>();
    latest[id] = brief(j);
  }
  return latest;
}

}  // namespace

ResultLog::ResultLog(const fs::path& file) {
  // Opened (and locked, and its torn tail cut) before it is read: what is read is then all that
  // any batch wrote.
  try {
    file_.emplace(file);
  } catch (const base::Error& e) {
    throw InputError(file.string(), 0, 0, std::string("cannot open the results file: ") + e.what());
  }
  try {
    latest_ = read_lines(file_->contents(), file);
  } catch (const base::Error& e) {
    throw JudgeError(e.what());
  }
}

std::optional<nlohmann::json> ResultLog::latest(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = latest_.find(id);
  if (it == latest_.end()) return std::nullopt;
  return it->second;
}

bool ResultLog::done(const std::string& id, const std::string& key) const {
  std::lock_guard lock(mutex_);
  auto it = latest_.find(id);
  if (it == latest_.end() || it->second.value("key", "") != key) return false;
  // IE is a fault of the judge (a failed box, a full disk), not of the submission: the next run
  // tries again rather than keeping it.
  return it->second.value("verdict", "") != "IE";
}

std::vector<nlohmann::json> ResultLog::full_lines(const std::vector<std::string>& ids) const {
  std::map<std::string, nlohmann::json> latest;
  for (const std::string& id : ids) latest[id] = nullptr;
  std::string text;
  try {
    std::lock_guard lock(mutex_);
    text = file_->contents();
  } catch (const base::Error& e) {
    throw JudgeError(e.what());
  }
  // Every line was checked when the log was opened or written: a line that does not parse now
  // is not one of ours (the file is locked), and is passed over.
  for (std::size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos;
       start = end + 1) {
    nlohmann::json j = nlohmann::json::parse(text.substr(start, end - start), nullptr, false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string()) continue;
    auto it = latest.find(j["id"].get<std::string>());
    if (it != latest.end()) it->second = std::move(j);
  }
  std::vector<nlohmann::json> out;
  for (const std::string& id : ids)
    if (auto& line = latest[id]; !line.is_null()) out.push_back(std::move(line));
  return out;
}

void ResultLog::append(const nlohmann::json& line) {
  // Invalid UTF-8 from a compiler or checker is replaced: one line must stay one JSON object.
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard lock(mutex_);
  file_->append_synced(text);
  latest_[line["id"].get<std::string>()] = brief(line);
}

}  // namespace judge::batch
