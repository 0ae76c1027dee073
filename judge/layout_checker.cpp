#include "judge/layout_checker.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "judge/text_scanner.h"
#include "judge/token_match.h"

namespace judge {
namespace {

// One side's tokens and the ends of the lines that count, in order.
class LineItems {
 public:
  LineItems(TextSource& text, Layout layout) : scanner_(text), layout_(layout) {}

  // The next token, or (an empty view) the end of a line that counts; false at the end.
  bool next(std::string_view& token);
  // The line ('\n' counted) of the item next() gave last.
  std::uint64_t line() const { return item_line_; }

 private:
  bool is_break(int c) const { return c == '\n' || (c == '\r' && layout_ != Layout::Lines); }
  // Reads past whitespace that does not end a line; returns the byte after it (-1: the end).
  int skip_blanks();

  TextScanner scanner_;
  Layout layout_;
  std::uint64_t line_ = 1, item_line_ = 1;
  // Layout Lines: blank lines seen, which count only if a token follows them; then `owed_` of
  // them are given before it.
  std::uint64_t deferred_ = 0, owed_ = 0;
  std::uint64_t deferred_line_ = 0, owed_line_ = 0;  // the line of the first of them
  bool has_tokens_ = false;                          // the current line has a token
  bool has_bytes_ = false;                           // the current line has a byte before its break
};

int LineItems::skip_blanks() {
  int c;
  while ((c = scanner_.peek()) >= 0 && is_space(static_cast<char>(c)) && !is_break(c)) {
    scanner_.skip();
    has_bytes_ = true;
  }
  return c;
}

bool LineItems::next(std::string_view& token) {
  token = {};
  for (;;) {
    if (owed_ > 0) {
      --owed_;
      item_line_ = owed_line_++;
      return true;
    }
    int c = skip_blanks();
    if (c >= 0 && !is_space(static_cast<char>(c))) {
      if (deferred_ > 0) {  // the blank lines before this token count after all
        std::swap(owed_, deferred_);
        owed_line_ = deferred_line_;
        continue;
      }
      item_line_ = line_;
      has_tokens_ = has_bytes_ = true;
      return scanner_.next_token(token);
    }
    // The end of a line: c is its break, or -1 for the end of the text.
    bool tokens = has_tokens_, bytes = has_bytes_;
    item_line_ = line_;
    if (c >= 0) scanner_.skip();
    if (c == '\n') ++line_;
    has_tokens_ = has_bytes_ = false;
    if (tokens || (layout_ == Layout::NonEmpty && bytes)) return true;
    if (c < 0) return false;  // blank lines at the end never count
    if (layout_ == Layout::Lines && deferred_++ == 0) deferred_line_ = item_line_;
  }
}

// An item where the other text has one: a token, or the end of a line.
std::string item(std::string_view token) {
  return token.empty() ? std::string("the end of the line") : quote(token);
}

// An item where the other text has ended: a token, or an empty line (a line with tokens gives
// those first).
std::string line_item(std::string_view token) {
  return token.empty() ? std::string("an empty line") : quote(token);
}

// ' ', '\n', ... by name.
std::string space_name(int c) {
  switch (c) {
    case -1: return "the end of the output";
    case ' ': return "a space";
    case '\n': return "a line break";
    case '\t': return "a tab";
    case '\r': return "'\\r'";
    default:
      if (is_space(static_cast<char>(c))) return quote(std::string(1, static_cast<char>(c)));
      return "no whitespace";
  }
}

}  // namespace

CheckResult compare_token_lines(const CheckerSpec& spec, TextSource& output, TextSource& answer) {
  LineItems out(output, spec.layout), ans(answer, spec.layout);
  std::string_view o, a;
  for (;;) {
    bool has_o = out.next(o), has_a = ans.next(a);
    if (!has_o && !has_a) return {true, ""};
    // Built only for a message: most items match.
    auto where = [&] {
      return "line " + std::to_string(out.line()) + " (answer line " + std::to_string(ans.line()) +
             "): ";
    };
    if (!has_o) return {false, where() + "output ends early: expected " + line_item(a)};
    if (!has_a) return {false, where() + "extra output: " + line_item(o)};
    if (o.empty() != a.empty())
      return {false, where() + "expected " + item(a) + ", found " + item(o)};
    if (o.empty()) continue;
    if (auto why = token_mismatch(spec, o, a)) return {false, where() + *why};
  }
}

// As problemtools' default validator with space_change_sensitive: each whitespace byte of the
// answer must be the output's next byte, and the output has no whitespace more before a token.
CheckResult compare_exact_space(const CheckerSpec& spec, TextSource& output, TextSource& answer) {
  TextScanner out(output), ans(answer);
  std::uint64_t line = 1;  // the same in both: their line breaks are matched
  std::string_view o, a;
  for (;;) {
    for (int c; (c = ans.peek()) >= 0 && is_space(static_cast<char>(c));) {
      ans.skip();
      int d = out.peek();
      if (d != c)
        return {false, "line " + std::to_string(line) + ": expected " + space_name(c) + ", found " +
                           space_name(d)};
      out.skip();
      if (c == '\n') ++line;
    }
    if (int d = out.peek(); d >= 0 && is_space(static_cast<char>(d)))
      return {false, "line " + std::to_string(line) + ": extra whitespace, " + space_name(d)};
    if (!ans.next_token(a)) break;
    if (!out.next_token(o))
      return {false, "line " + std::to_string(line) + ": output ends early: expected " + quote(a)};
    if (auto why = token_mismatch(spec, o, a))
      return {false, "line " + std::to_string(line) + ": " + *why};
  }
  if (out.next_token(o))
    return {false, "line " + std::to_string(line) + ": extra output " + quote(o)};
  return {true, ""};
}

}  // namespace judge
