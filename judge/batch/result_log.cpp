#include "judge/batch/result_log.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/files.h"
#include "judge/errors.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

// What a batch needs of a line once it is written: resume (id, key, verdict), summaries (who,
// problem, verdict or error, scores, time) and progress.
nlohmann::json brief(const nlohmann::json& line) {
  nlohmann::json out = nlohmann::json::object();
  for (const char* key : {"id", "key", "who", "problem", "verdict", "message", "error", "score",
                          "max_score", "max_cpu_ms"})
    if (line.contains(key)) out[key] = line[key];
  return out;
}

bool is_results_line(const nlohmann::json& j) {
  return j.is_object() && j.contains("id") && j["id"].is_string() && j.contains("key") &&
         j["key"].is_string();
}

// The file's size now: where the next line starts (the file is ours while we hold its lock).
std::uint64_t size_of(int fd, const fs::path& file) {
  struct stat st {};
  if (::fstat(fd, &st) != 0)
    throw JudgeError("cannot read " + file.string() + ": " + std::strerror(errno));
  return static_cast<std::uint64_t>(st.st_size);
}

}  // namespace

ResultLog::ResultLog(const fs::path& file) {
  // Opened (and locked, and its torn tail cut) before it is read: what is read is then all that
  // any batch wrote.
  std::string text;
  try {
    file_.emplace(file);
    text = file_->contents();
  } catch (const base::Error& e) {
    throw InputError(file.string(), 0, 0, std::string("cannot open the results file: ") + e.what());
  }
  // Opened by name just after the lock was taken on the same name: the batch's own file.
  reader_ = base::open_file(file);
  if (!reader_ || !base::names_file(file, reader_.get()))
    throw JudgeError("cannot read " + file.string() + ": " + std::strerror(errno));
  std::size_t start = 0;
  for (unsigned line = 1;; ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) break;  // none left (a torn last line was cut off)
    nlohmann::json j = nlohmann::json::parse(text.substr(start, end - start), nullptr, false);
    if (!is_results_line(j))
      throw InputError(file.string(), line, 0,
                       "not a results line (an object with id and key); is --out the right file?");
    latest_[j["id"].get<std::string>()] =
        Seen{start, static_cast<std::uint32_t>(end - start), j["key"].get<std::string>(),
             j.value("verdict", "") == "IE"};
    start = end + 1;
  }
}

nlohmann::json ResultLog::read_line(const Seen& seen) const {
  std::string text(seen.length, '\0');
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::pread(reader_.get(), text.data() + done, text.size() - done,
                        static_cast<off_t>(seen.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw JudgeError("cannot read back a line of the results file");
    done += static_cast<std::size_t>(n);
  }
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  // Only this batch writes the file while it holds the lock: a line that changed is not ours.
  if (!is_results_line(j)) throw JudgeError("a line of the results file changed under the batch");
  return j;
}

std::optional<nlohmann::json> ResultLog::latest(const std::string& id) const {
  std::lock_guard lock(mutex_);
  auto it = latest_.find(id);
  if (it == latest_.end()) return std::nullopt;
  return brief(read_line(it->second));
}

bool ResultLog::done(const std::string& id, const std::string& key) const {
  std::lock_guard lock(mutex_);
  auto it = latest_.find(id);
  // IE is a fault of the judge (a failed box, a full disk), not of the submission: the next run
  // tries again rather than keeping it.
  return it != latest_.end() && it->second.key == key && !it->second.ie;
}

std::vector<nlohmann::json> ResultLog::full_lines(const std::vector<std::string>& ids) const {
  std::lock_guard lock(mutex_);
  std::vector<nlohmann::json> out;
  for (const std::string& id : ids)
    if (auto it = latest_.find(id); it != latest_.end()) out.push_back(read_line(it->second));
  return out;
}

void ResultLog::append(const nlohmann::json& line) {
  // Invalid UTF-8 from a compiler or checker is replaced: one line must stay one JSON object.
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard lock(mutex_);
  std::uint64_t offset = size_of(reader_.get(), "the results file");
  file_->append_synced(text);
  latest_[line["id"].get<std::string>()] =
      Seen{offset, static_cast<std::uint32_t>(text.size() - 1), line.value("key", ""),
           line.value("verdict", "") == "IE"};
}

}  // namespace judge::batch
