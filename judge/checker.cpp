#include "judge/checker.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "judge/layout_checker.h"
#include "judge/text_scanner.h"
#include "judge/token_match.h"

namespace judge {
namespace {

CheckResult compare_tokens(const CheckerSpec& spec, TextSource& output, TextSource& answer) {
  TextScanner out(output), ans(answer);
  std::string_view o, a;
  for (std::size_t n = 1;; ++n) {
    bool has_o = out.next_token(o), has_a = ans.next_token(a);
    if (!has_a && !has_o) return {true, ""};
    if (!has_o)
      return {false,
              "output ends early: expected " + quote(a) + " (token " + std::to_string(n) + ")"};
    if (!has_a) return {false, "extra output " + quote(o) + " (token " + std::to_string(n) + ")"};
    if (auto why = token_mismatch(spec, o, a))
      return {false, "token " + std::to_string(n) + ": " + *why};
  }
}

std::string_view trim_right(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  return line;
}

// testlib's readString: a line without its '\n', and without a '\r' just before it.
std::string_view trim_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool has_nonspace(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return !is_space(c); });
}

// Line by line in one pass over both texts. Empty lines at the end do not count, so where the texts
// first differ, each side's "is there more?" is asked of the rest of it. `spaces_count`: testlib's
// fcmp, where a line's spaces are compared too and only whitespace may follow the answer's lines.
CheckResult compare_lines(TextSource& output, TextSource& answer, bool spaces_count) {
  TextScanner out(output), ans(answer);
  std::string_view o, a;
  // Lines before n are equal in both; those from empty_from on are empty in both.
  std::size_t empty_from = 1;
  for (std::size_t n = 1;; ++n) {
    bool has_o = out.next_line(o), has_a = ans.next_line(a);
    if (!has_o && !has_a) return {true, ""};
    o = spaces_count ? trim_cr(o) : trim_right(o);
    a = spaces_count ? trim_cr(a) : trim_right(a);
    if (has_o && has_a && o == a) {
      if (!o.empty()) empty_from = n + 1;
      continue;
    }
    // Quoted now: reading on invalidates the views.
    std::string found = quote(o), expected = quote(a);
    bool more_o = (spaces_count ? has_nonspace(o) : !o.empty()) || out.rest_has_nonspace();
    bool more_a = !a.empty() || ans.rest_has_nonspace();
    if (!more_o && !more_a) return {true, ""};
    // A side with nothing more ended where the empty lines before n began (if any): there the
    // other side has an empty line.
    if (!more_o || !more_a) {
      bool in_empty_run = empty_from < n;
      std::string where = "line " + std::to_string(in_empty_run ? empty_from : n) + ": ";
      if (!more_o)
        return {false, where + "output ends early: expected " + (in_empty_run ? "''" : expected)};
      return {false, where + "extra output " + (in_empty_run ? "''" : found)};
    }
    return {false, "line " + std::to_string(n) + ": expected " + expected + ", found " + found};
  }
}

// Byte by byte in one pass; on a difference, both texts are read to the end for their sizes.
CheckResult compare_exact(TextSource& output, TextSource& answer) {
  std::string_view o, a;  // what is left of the current pieces
  std::uint64_t offset = 0, newlines = 0;
  for (;;) {
    if (o.empty()) o = output.next();
    if (a.empty()) a = answer.next();
    if (o.empty() || a.empty()) break;
    std::size_t n = std::min(o.size(), a.size());
    auto diff = std::mismatch(o.begin(), o.begin() + static_cast<std::ptrdiff_t>(n), a.begin());
    auto same = static_cast<std::size_t>(diff.first - o.begin());
    newlines += static_cast<std::uint64_t>(std::count(o.begin(), diff.first, '\n'));
    offset += same;
    o.remove_prefix(same);
    a.remove_prefix(same);
    if (same < n) break;
  }
  if (o.empty() && a.empty()) return {true, ""};
  auto size = [&](TextSource& text, std::string_view left) {
    std::uint64_t total = offset + left.size();
    for (std::string_view piece; !(piece = text.next()).empty();) total += piece.size();
    return total;
  };
  std::uint64_t output_size = size(output, o), answer_size = size(answer, a);
  return {false, "byte " + std::to_string(offset) + " (line " + std::to_string(newlines + 1) +
                     ") differs; sizes " + std::to_string(output_size) + " and " +
                     std::to_string(answer_size)};
}

}  // namespace

CheckResult check(const CheckerSpec& spec, TextSource& output, TextSource& answer) {
  switch (spec.type) {
    case CheckerType::Exact: return compare_exact(output, answer);
    case CheckerType::Lines: return compare_lines(output, answer, spec.line_spaces_count);
    case CheckerType::Tokens:
    case CheckerType::Float:
      if (spec.layout == Layout::Any) return compare_tokens(spec, output, answer);
      if (spec.layout == Layout::Exact) return compare_exact_space(spec, output, answer);
      return compare_token_lines(spec, output, answer);
    case CheckerType::Kattis:
    case CheckerType::Testlib:
    case CheckerType::Cms: break;  // programs: judge/checker_program.h
  }
  return {false, "not a built-in checker"};
}

CheckResult check(const CheckerSpec& spec, std::string_view output, std::string_view answer) {
  StringText out(output), ans(answer);
  return check(spec, out, ans);
}

}  // namespace judge
