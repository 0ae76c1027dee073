#include "judge/batch/progress.h"

#include <cstdio>

namespace judge::batch {

namespace {

std::string minutes_seconds(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

std::string line_verdict(const nlohmann::json& line) {
  if (line.contains("verdict") && line["verdict"].is_string()) return line["verdict"];
  return "ERROR";
}

Progress::Progress(std::ostream& out, Mode mode, std::size_t total)
    : out_(out), mode_(mode), total_(total) {
  if (mode_ == Mode::Live) redrawer_ = std::thread([this] { redraw_until_closed(); });
}

Progress::~Progress() {
  stop_redrawing();
}

void Progress::redraw_until_closed() {
  std::unique_lock lock(mutex_);
  while (!closing_.wait_for(lock, std::chrono::seconds(1), [this] { return closed_; }))
    out_ << "\r" << status() << "\x1b[K" << std::flush;
}

void Progress::stop_redrawing() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  closing_.notify_all();
  if (redrawer_.joinable()) redrawer_.join();
}

std::string Progress::counts() const {
  std::string text;
  for (const auto& [verdict, n] : verdicts_)
    text += (text.empty() ? "" : "  ") + verdict + " " + std::to_string(n);
  return text;
}

std::string Progress::status() const {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string text = std::to_string(done_) + "/" + std::to_string(total_) + "  " +
                     minutes_seconds(elapsed) + "  " + counts();
  // The rate counts gradings only: skipped entries take no time and would make the ETA a lie.
  if (graded_ > 0 && elapsed > 0) {
    double rate = graded_ / elapsed;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f/s", rate);
    text += std::string("  ") + buf + "  ETA " + minutes_seconds((total_ - done_) / rate);
  }
  return text;
}

void Progress::finished(const nlohmann::json& line, bool skipped) {
  std::lock_guard lock(mutex_);
  ++done_;
  ++(skipped ? skipped_ : graded_);
  std::string verdict = line_verdict(line);
  ++verdicts_[verdict];
  if (mode_ == Mode::Live) {
    // \r and "erase to end of line": the line is rewritten in place, the screen does not scroll.
    out_ << "\r" << status() << "\x1b[K" << std::flush;
  } else if (mode_ == Mode::Lines && !skipped) {
    std::string detail = line.value("error", line.value("message", ""));
    detail = detail.substr(0, detail.find('\n'));  // a compiler's message can run for pages
    out_ << "[" << done_ << "/" << total_ << "] " << line.value("id", "") << " " << verdict
         << (detail.empty() ? "" : "  " + detail) << "\n"
         << std::flush;
  }
}

void Progress::close(bool stopped) {
  stop_redrawing();
  std::lock_guard lock(mutex_);
  if (mode_ == Mode::Quiet) return;
  if (mode_ == Mode::Live) out_ << "\r\x1b[K";
  out_ << (stopped ? "stopped: " : "done: ") << done_ << "/" << total_ << " (" << graded_
       << " graded, " << skipped_ << " already graded)  " << counts() << "\n"
       << std::flush;
}

}  // namespace judge::batch
