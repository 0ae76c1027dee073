#include "judge/text_scanner.h"

#include <algorithm>

namespace judge {

bool TextScanner::fill() {
  if (piece_.empty()) piece_ = source_.next();
  return !piece_.empty();
}

bool TextScanner::take(std::size_t end, std::string_view& out) {
  std::string_view part = piece_.substr(0, end);
  piece_.remove_prefix(part.size());
  if (gathered_.empty()) {
    out = part;
  } else {
    gathered_.append(part);
    out = gathered_;
  }
  return true;
}

bool TextScanner::next_line(std::string_view& line) {
  line = {};
  if (!fill()) return false;
  gathered_.clear();
  for (;;) {
    std::size_t eol = piece_.find('\n');
    if (eol != std::string_view::npos) {
      take(eol, line);
      piece_.remove_prefix(1);
      return true;
    }
    gathered_.append(piece_);
    piece_ = {};
    if (!fill()) return take(0, line);
  }
}

bool TextScanner::next_token(std::string_view& token) {
  token = {};
  for (;;) {
    if (!fill()) return false;
    auto start = std::find_if_not(piece_.begin(), piece_.end(), is_space);
    piece_.remove_prefix(static_cast<std::size_t>(start - piece_.begin()));
    if (!piece_.empty()) break;
  }
  gathered_.clear();
  for (;;) {
    auto end = std::find_if(piece_.begin(), piece_.end(), is_space);
    if (end != piece_.end()) return take(static_cast<std::size_t>(end - piece_.begin()), token);
    gathered_.append(piece_);
    piece_ = {};
    if (!fill()) return take(0, token);
  }
}

bool TextScanner::rest_has_nonspace() {
  while (fill()) {
    if (std::any_of(piece_.begin(), piece_.end(), [](char c) { return !is_space(c); })) return true;
    piece_ = {};
  }
  return false;
}

}  // namespace judge
