#include "judge/checker.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <optional>
#include <vector>

namespace judge {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

std::string quote(std::string_view s) {
  std::string out = "'";
  static const char* hex = "0123456789abcdef";
  for (char c : s.substr(0, 40)) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isprint(byte)) out += c;
    else out += std::string("\\x") + hex[byte >> 4] + hex[byte & 15];
  }
  if (s.size() > 40) out += "...";
  return out + "'";
}

class Tokens {
 public:
  explicit Tokens(std::string_view text) : text_(text) {}
  // False at the end.
  bool next(std::string_view& token) {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    if (pos_ >= text_.size()) return false;
    std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_])) ++pos_;
    token = text_.substr(start, pos_ - start);
    return true;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// A decimal number (an optional '+' allowed). One too small for a double is 0 (or a denormal), one
// too large is infinite: strtod decides, as from_chars leaves those alone. nan, inf and hexadecimal
// parse, but as non-finite or not at all they only ever match as the same text.
std::optional<double> as_number(std::string_view token) {
  if (token.size() > 1 && token[0] == '+' && token[1] != '+' && token[1] != '-') token.remove_prefix(1);
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
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

CheckResult compare_tokens(const CheckerSpec& spec, std::string_view output, std::string_view answer) {
  Tokens out(output), ans(answer);
  std::string_view o, a;
  for (std::size_t n = 1;; ++n) {
    bool has_o = out.next(o), has_a = ans.next(a);
    if (!has_a && !has_o) return {true, ""};
    if (!has_o) return {false, "output ends early: expected " + quote(a) + " (token " + std::to_string(n) + ")"};
    if (!has_a) return {false, "extra output " + quote(o) + " (token " + std::to_string(n) + ")"};
    bool same = o == a;
    if (!same && spec.type == CheckerType::Tokens && !spec.case_sensitive) same = equal_ignoring_case(o, a);
    if (!same && spec.type == CheckerType::Float) {
      auto expected = as_number(a);
      auto found = as_number(o);
      if (expected && found && std::isfinite(*expected) && std::isfinite(*found)) {
        double diff = std::fabs(*found - *expected);
        same = diff <= spec.abs_tolerance || diff <= spec.rel_tolerance * std::fabs(*expected);
        if (!same)
          return {false, "token " + std::to_string(n) + ": expected " + quote(a) + ", found " + quote(o) +
                             " (difference " + short_number(diff) + ")"};
      }
    }
    if (!same) return {false, "token " + std::to_string(n) + ": expected " + quote(a) + ", found " + quote(o)};
  }
}

std::string_view trim_right(std::string_view line) {
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  return line;
}

CheckResult compare_lines(std::string_view output, std::string_view answer) {
  auto split = [](std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      lines.push_back(trim_right(text.substr(pos, eol - pos)));
      pos = eol + 1;
    }
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
  };
  auto out = split(output), ans = split(answer);
  for (std::size_t i = 0; i < std::max(out.size(), ans.size()); ++i) {
    std::string where = "line " + std::to_string(i + 1) + ": ";
    if (i >= out.size()) return {false, where + "output ends early: expected " + quote(ans[i])};
    if (i >= ans.size()) return {false, where + "extra output " + quote(out[i])};
    if (out[i] != ans[i]) return {false, where + "expected " + quote(ans[i]) + ", found " + quote(out[i])};
  }
  return {true, ""};
}

CheckResult compare_exact(std::string_view output, std::string_view answer) {
  if (output == answer) return {true, ""};
  auto diff = std::mismatch(output.begin(), output.end(), answer.begin(), answer.end());
  std::size_t offset = static_cast<std::size_t>(diff.first - output.begin());
  std::size_t line = 1 + static_cast<std::size_t>(std::count(output.begin(), diff.first, '\n'));
  return {false, "byte " + std::to_string(offset) + " (line " + std::to_string(line) + ") differs; sizes " +
                     std::to_string(output.size()) + " and " + std::to_string(answer.size())};
}

}  // namespace

CheckResult check(const CheckerSpec& spec, std::string_view output, std::string_view answer) {
  switch (spec.type) {
    case CheckerType::Exact: return compare_exact(output, answer);
    case CheckerType::Lines: return compare_lines(output, answer);
    case CheckerType::Tokens:
    case CheckerType::Float: return compare_tokens(spec, output, answer);
  }
  return {false, "unknown checker"};
}

}  // namespace judge
