// Parsing and printing of the limits people type: "500ms", "2s", "256MiB", "64KiB".
#pragma once

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace base {

struct UnitError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

// Accepts a decimal number followed by us, ms, s or min ("1.5s", "500ms").
std::chrono::microseconds parse_duration(std::string_view text);

// Accepts a whole or decimal number followed by B, KiB, MiB, GiB or TiB ("256MiB", "1.5GiB").
// Decimal units (KB, MB, GB) are refused: contest statements use them for both meanings.
std::uint64_t parse_size(std::string_view text);

// A cpuset list as the kernel takes it ("0-3,8,10-15:2"): the CPUs, ascending. Throws UnitError.
std::vector<unsigned> parse_cpu_list(std::string_view text);

std::string format_duration(std::chrono::microseconds d);
std::string format_size(std::uint64_t bytes);

}  // namespace base
