// What a batch tells the person watching it, on stderr: a live line on a terminal, a line per
// submission elsewhere, nothing when quiet.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <thread>

namespace judge::batch {

// The verdict a results line shows: its "verdict", or "ERROR" for an entry that could not be
// graded.
std::string line_verdict(const nlohmann::json& line);

class Progress {
 public:
  enum class Mode { Live, Lines, Quiet };
  // In Live mode a thread redraws the line every second, so the rate and ETA move while long
  // gradings run.
  Progress(std::ostream& out, Mode mode, std::size_t total);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One entry is done: graded now, or `skipped` because it was graded before. Thread-safe.
  void finished(const nlohmann::json& line, bool skipped);
  // The closing line: counts, how many were graded and skipped, and whether a stop cut it short.
  // Call once.
  void close(bool stopped);

 private:
  std::string counts() const;  // "AC 3  WA 1"
  std::string status() const;  // done/total, counts, rate, ETA
  void redraw_until_closed();
  void stop_redrawing();

  std::ostream& out_;
  Mode mode_;
  std::size_t total_, done_ = 0, graded_ = 0, skipped_ = 0;
  std::map<std::string, std::size_t> verdicts_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::mutex mutex_;
  std::condition_variable closing_;
  bool closed_ = false;
  std::thread redrawer_;
};

}  // namespace judge::batch
