#include "base/units.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

namespace base {
namespace {

struct Split {
  double number;
  std::string_view unit;
};

Split split_number(std::string_view text, std::string_view what) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.'))
    ++i;
  if (i == 0)
    throw UnitError("invalid " + std::string(what) + " '" + std::string(text) +
                    "': expected a number followed by a unit");
  double number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + i, number);
  if (ec != std::errc() || end != text.data() + i || !std::isfinite(number) || number < 0)
    throw UnitError("invalid " + std::string(what) + " '" + std::string(text) + "': bad number");
  return {number, text.substr(i)};
}

template <std::size_t N>
double unit_factor(std::string_view text, std::string_view unit, std::string_view what,
                   const std::array<std::pair<std::string_view, double>, N>& table,
                   std::string_view hint) {
  for (const auto& [name, factor] : table)
    if (unit == name) return factor;
  std::string message = "invalid " + std::string(what) + " '" + std::string(text) + "': ";
  message += unit.empty() ? "missing unit" : "unknown unit '" + std::string(unit) + "'";
  message += " (use " + std::string(hint) + ")";
  throw UnitError(message);
}

}  // namespace

std::chrono::microseconds parse_duration(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, double>, 4> kUnits{
      {{"us", 1.0}, {"ms", 1e3}, {"s", 1e6}, {"min", 60e6}}};
  auto [number, unit] = split_number(text, "duration");
  double micros =
      number * unit_factor(text, unit, "duration", kUnits, "us, ms, s or min, e.g. 500ms or 2s");
  if (micros > 1e15) throw UnitError("invalid duration '" + std::string(text) + "': too large");
  return std::chrono::microseconds(static_cast<std::int64_t>(std::llround(micros)));
}

std::uint64_t parse_size(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, double>, 5> kUnits{
      {{"B", 1.0},
       {"KiB", 1024.0},
       {"MiB", 1024.0 * 1024},
       {"GiB", 1024.0 * 1024 * 1024},
       {"TiB", 1024.0 * 1024 * 1024 * 1024}}};
  auto [number, unit] = split_number(text, "size");
  double bytes =
      number * unit_factor(text, unit, "size", kUnits, "B, KiB, MiB, GiB or TiB, e.g. 256MiB");
  if (bytes >= static_cast<double>(std::numeric_limits<std::int64_t>::max()))
    throw UnitError("invalid size '" + std::string(text) + "': too large");
  return static_cast<std::uint64_t>(std::llround(bytes));
}

std::vector<unsigned> parse_cpu_list(std::string_view text) {
  auto fail = [&](const char* why) -> UnitError {
    return UnitError("invalid CPU list '" + std::string(text) + "': " + why +
                     " (e.g. 0, 0-3 or 0,2-3)");
  };
  auto number = [&](std::string_view digits) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() ||
        value >= 8192)
      throw fail("not a CPU number");
    return value;
  };
  std::vector<unsigned> cpus;
  if (text.empty()) throw fail("empty");
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t comma = std::min(text.find(',', pos), text.size());
    std::string_view part = text.substr(pos, comma - pos);
    pos = comma + 1;
    unsigned stride = 1;
    if (auto colon = part.find(':'); colon != std::string_view::npos) {
      stride = number(part.substr(colon + 1));
      if (stride == 0) throw fail("stride 0");
      part = part.substr(0, colon);
    }
    auto dash = part.find('-');
    unsigned first = number(part.substr(0, dash));
    unsigned last = dash == std::string_view::npos ? first : number(part.substr(dash + 1));
    if (last < first) throw fail("range ends before it starts");
    for (unsigned cpu = first; cpu <= last; cpu += stride) cpus.push_back(cpu);
  }
  std::sort(cpus.begin(), cpus.end());
  cpus.erase(std::unique(cpus.begin(), cpus.end()), cpus.end());
  return cpus;
}

std::string format_duration(std::chrono::microseconds d) {
  auto us = d.count();
  if (us % 1000000 == 0) return std::to_string(us / 1000000) + "s";
  if (us % 1000 == 0) return std::to_string(us / 1000) + "ms";
  return std::to_string(us) + "us";
}

std::string format_size(std::uint64_t bytes) {
  static constexpr std::array<std::string_view, 4> kUnits{"TiB", "GiB", "MiB", "KiB"};
  for (std::size_t i = 0; i < kUnits.size(); ++i) {
    std::uint64_t factor = std::uint64_t{1} << (10 * (4 - i));
    if (bytes >= factor && bytes % factor == 0)
      return std::to_string(bytes / factor) + std::string(kUnits[i]);
  }
  return std::to_string(bytes) + "B";
}

}  // namespace base
