#include "judge/token_match.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace judge {
namespace {

// The judge's own numbers: decimal (an optional '+' allowed). One too small for a double is 0 (or a
// denormal), one too large is infinite: strtod decides, as from_chars leaves those alone. nan, inf
// and hexadecimal parse, but as non-finite or not at all they only ever match as the same text.
std::optional<double> decimal_number(std::string_view token) {
  if (token.size() > 1 && token[0] == '+' && token[1] != '+' && token[1] != '-')
    token.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (end != token.data() + token.size()) return std::nullopt;
  if (ec == std::errc::result_out_of_range) return std::strtod(std::string(token).c_str(), nullptr);
  if (ec != std::errc()) return std::nullopt;
  return value;
}

// Kattis's default validator: what sscanf("%lf") reads whole (C's strtod: hexadecimal too), and
// only when finite (its isfloat()).
std::optional<double> c_number(std::string_view token) {
  std::string text(token);
  if (text.empty() || std::isspace(static_cast<unsigned char>(text[0]))) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// DMOJ's floats: what Python's float() reads: decimal, inf, infinity, nan (any case, signed), and
// '_' between two digits; not hexadecimal or nan(...). Overflow is infinite, as in Python.
std::optional<double> python_number(std::string_view token) {
  if (token.find('(') != std::string_view::npos) return std::nullopt;
  if (token.find('_') == std::string_view::npos) return decimal_number(token);
  std::string digits;  // the token without its underscores
  digits.reserve(token.size());
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] != '_') {
      digits += token[i];
      continue;
    }
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (i == 0 || i + 1 == token.size() || !digit(token[i - 1]) || !digit(token[i + 1]))
      return std::nullopt;
  }
  return decimal_number(digits);
}

// DMOJ's verify_default, verify_absolute and verify_relative (dmoj/checkers/floats.py), the same
// operations in the same order; NaN fails all three.
bool dmoj_within(FloatRule rule, double found, double expected, double eps) {
  if (rule == FloatRule::DmojRelative) {
    double low = expected * (1 - eps), high = expected * (1 + eps);
    double p1 = high < low ? high : low;  // Python's min(low, high)
    double p2 = high > low ? high : low;  // and max(low, high)
    return p1 <= found && found <= p2;
  }
  if (std::fabs(found - expected) <= eps) return true;
  return rule == FloatRule::DmojDefault && std::fabs(expected) >= eps &&
         std::fabs(1.0 - found / expected) <= eps;
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

std::string differ(std::string_view found, std::string_view expected) {
  return "expected " + quote(expected) + ", found " + quote(found);
}

// DMOJ: an answer token that is a number needs a number within epsilon; any other, the same bytes.
std::optional<std::string> dmoj_mismatch(const CheckerSpec& spec, std::string_view found,
                                         std::string_view expected) {
  auto answer = python_number(expected);
  if (!answer) {
    if (found == expected) return std::nullopt;
    return differ(found, expected);
  }
  auto output = python_number(found);
  if (!output) return differ(found, expected) + " (not a number)";
  if (dmoj_within(spec.float_rule, *output, *answer, spec.abs_tolerance)) return std::nullopt;
  return differ(found, expected) + " (difference " + short_number(*output - *answer) + ")";
}

}  // namespace

std::string quote(std::string_view text) {
  std::string out = "'";
  static const char* hex = "0123456789abcdef";
  for (char c : text.substr(0, 40)) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isprint(byte))
      out += c;
    else
      out += std::string("\\x") + hex[byte >> 4] + hex[byte & 15];
  }
  if (text.size() > 40) out += "...";
  return out + "'";
}

std::optional<std::string> token_mismatch(const CheckerSpec& spec, std::string_view found,
                                          std::string_view expected) {
  const bool dmoj = spec.float_rule == FloatRule::DmojDefault ||
                    spec.float_rule == FloatRule::DmojAbsolute ||
                    spec.float_rule == FloatRule::DmojRelative;
  if (spec.type == CheckerType::Float && dmoj) return dmoj_mismatch(spec, found, expected);
  if (found == expected || (!spec.case_sensitive && equal_ignoring_case(found, expected)))
    return std::nullopt;
  if (spec.type != CheckerType::Float) return differ(found, expected);
  auto parse = spec.float_rule == FloatRule::Kattis ? c_number : decimal_number;
  auto answer = parse(expected);
  auto output = parse(found);
  if (!answer || !output || !std::isfinite(*answer) || !std::isfinite(*output))
    return differ(found, expected);
  double diff = std::fabs(*output - *answer);
  if (diff <= spec.abs_tolerance || diff <= spec.rel_tolerance * std::fabs(*answer))
    return std::nullopt;
  return differ(found, expected) + " (difference " + short_number(diff) + ")";
}

}  // namespace judge
