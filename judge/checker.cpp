#include "judge/checker.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "judge/text_scanner.h"

namespace judge {
namespace {

std::string quote(std::string_view s) {
  std::string out = "'";
  static const char* hex = "0123456789abcdef";
  for (char c : s.substr(0, 40)) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isprint(byte))
      out += c;
    else
      out += std::string("\\x") + hex[byte >> 4] + hex[byte & 15];
  }
  if (s.size() > 40) out += "...";
  return out + "'";
}

// A decimal number (an optional '+' allowed). One too small for a double is 0 (or a denormal), one
// too large is infinite: strtod decides, as from_chars leaves those alone. nan, inf and hexadecimal
// parse, but as non-finite or not at all they only ever match as the same text.
std::optional<double> as_number(std::string_view token) {
  if (token.size() > 1 && token[0] == '+' && token[1] != '+' && token[1] != '-')
    token.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (end != token.data() + token.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) return std::strtod(std::string(token).c_str(), nullptr);
  if (ec != std::errc()) return std::nullopt;
  return value;
}

std::string short_number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", value);
  return buf;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

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
    bool same = o == a;
    if (!same && !spec.case_sensitive) same = equal_ignoring_case(o, a);
    if (!same && spec.type == CheckerType::Float) {
      auto expected = as_number(a);
      auto found = as_number(o);
      if (expected && found && std::isfinite(*expected) && std::isfinite(*found)) {
        double diff = std::fabs(*found - *expected);
        same = diff <= spec.abs_tolerance || diff <= spec.rel_tolerance * std::fabs(*expected);
        if (!same)
          return {false, "token " + std::to_string(n) + ": expected " + quote(a) + ", found " +
                             quote(o) + " (difference " + short_number(diff) + ")"};
      }
    }
    if (!same)
      return {false,
              "token " + std::to_string(n) + ": expected " + quote(a) + ", found " + quote(o)};
  }
}

std::string_view trim_right(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  return line;
}

// Line by line in one pass over both texts. Empty lines at the end do not count, so where the texts
// first differ, each side's "is there more?" is asked of the rest of it.
CheckResult compare_lines(TextSource& output, TextSource& answer) {
  TextScanner out(output), ans(answer);
  std::string_view o, a;
  // Lines before n are equal in both; those from empty_from on are empty in both.
  std::size_t empty_from = 1;
  for (std::size_t n = 1;; ++n) {
    bool has_o = out.next_line(o), has_a = ans.next_line(a);
    if (!has_o && !has_a) return {true, ""};
    o = trim_right(o);
    a = trim_right(a);
    if (has_o && has_a && o == a) {
      if (!o.empty()) empty_from = n + 1;
      continue;
    }
    // Quoted now: reading on invalidates the views.
    std::string found = quote(o), expected = quote(a);
    bool more_o = !o.empty() || out.rest_has_nonspace();
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
    case CheckerType::Lines: return compare_lines(output, answer);
    case CheckerType::Tokens:
    case CheckerType::Float: return compare_tokens(spec, output, answer);
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
