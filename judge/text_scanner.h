// Lines and tokens of a TextSource, one at a time. What it holds does not grow with the number of
// lines or tokens: a line or token within one piece is a view into it, and only one that spans
// pieces is gathered into a string (so memory grows with the longest line or token, at worst).
#pragma once

#include <string>
#include <string_view>

#include "judge/text_source.h"

namespace judge {

// The checkers' whitespace: what separates tokens and is trimmed at the end of a line.
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

class TextScanner {
 public:
  explicit TextScanner(TextSource& source) : source_(source) {}

  // Each returns false at the end (and sets the view empty); a view is valid until the next call.
  // The next line, without its '\n'. A last line without one counts; nothing after a final '\n'.
  bool next_line(std::string_view& line);
  // The next run of characters that are not whitespace.
  bool next_token(std::string_view& token);
  // Whether anything but whitespace is left. Reads as far as it has to (to the end if nothing).
  bool rest_has_nonspace();
  // The next byte (0 to 255), or -1 at the end; skip() reads past it (only after peek() >= 0).
  // A view from next_line or next_token is invalid after either.
  int peek() { return fill() ? static_cast<unsigned char>(piece_.front()) : -1; }
  void skip() { piece_.remove_prefix(1); }

 private:
  bool fill();  // a piece to read from, unless at the end
  // The rest of a line or token that `piece_` ends inside; `end` is where it ends in the piece.
  bool take(std::size_t end, std::string_view& out);

  TextSource& source_;
  std::string_view piece_;  // what is left of the current piece
  std::string gathered_;    // a line or token that spans pieces
};

}  // namespace judge
