#include "judge/package/kattis_limits.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "judge/errors.h"
#include "judge/package/package_dir.h"
#include "judge/package/yaml_map.h"

namespace judge {
namespace fs = std::filesystem;
using std::chrono::microseconds;

namespace {

// Seconds as a positive number of at most a day.
std::optional<double> seconds(const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  while (end && (*end == ' ' || *end == '\n' || *end == '\t' || *end == '\r')) ++end;
  if (text.empty() || *end != '\0' || !(value > 0) || value > 86400) return std::nullopt;
  return value;
}

microseconds to_us(double s) {
  return microseconds(static_cast<std::int64_t>(std::llround(s * 1e6)));
}

// The value of `key = value` in DOMjudge's domjudge-problem.ini, quotes removed; refuses
// special_run and special_compare, which change how a problem is judged.
std::optional<std::string> ini_value(const std::string& text, const std::string& file,
                                     const std::string& wanted) {
  std::istringstream in(text);
  std::optional<std::string> found;
  unsigned line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    auto trim = [](std::string s) {
      const char* space = " \t\r'\"";
      s.erase(0, s.find_first_not_of(space));
      s.erase(s.find_last_not_of(space) + 1);
      return s;
    };
    std::string key = trim(line.substr(0, eq)), value = trim(line.substr(eq + 1));
    if ((key == "special_run" || key == "special_compare") && !value.empty())
      throw InputError(file, line_no, 1, "'" + key + "': not supported");
    if (key == wanted) found = value;
  }
  return found;
}

// problem.yaml, else .timelimit, else domjudge-problem.ini, else the default.
double time_limit(const PackageDir& package, std::optional<YamlMap>& limits) {
  if (limits && limits->has("time_limit")) {
    double t = *limits->number("time_limit");
    if (!(t > 0) || t > 86400)
      limits->fail("time_limit", "must be positive seconds, at most a day");
    return t;
  }
  if (fs::path file = package.find(".timelimit"); package.is_file(file)) {
    auto t = seconds(package.read_text(file, 64));
    if (!t) throw InputError(file.string() + ": not a positive number of seconds");
    return *t;
  }
  if (fs::path file = package.find("domjudge-problem.ini"); package.is_file(file)) {
    if (auto text = ini_value(package.read_text(file, 1 << 16), file.string(), "timelimit")) {
      auto t = seconds(*text);
      if (!t) throw InputError(file.string() + ": 'timelimit': not a positive number of seconds");
      return *t;
    }
  }
  return kKattisDefaultTimeLimitSeconds;
}

std::uint64_t mebibytes(YamlMap& limits, const char* key, std::uint64_t fallback) {
  auto value = limits.number(key);
  if (!value) return fallback << 20;
  if (!(*value >= 1) || *value > (1 << 20) || *value != std::floor(*value))
    limits.fail(key, "must be a whole number of MiB, at least 1");
  return static_cast<std::uint64_t>(*value) << 20;
}

}  // namespace

sandbox::Limits read_kattis_limits(const PackageDir& package, std::optional<YamlMap> limits,
                                   CheckerProgram& checker, unsigned* passes) {
  sandbox::Limits out;
  out.cpu_time = to_us(time_limit(package, limits));
  YamlMap none = YamlMap::parse("", "problem.yaml");
  YamlMap& map = limits ? *limits : none;
  out.memory = mebibytes(map, "memory", kKattisDefaultMemoryMiB);
  out.output = mebibytes(map, "output", kKattisDefaultOutputMiB);
  if (*out.output > (1ull << 30)) map.fail("output", "must be at most 1024 (MiB)");
  if (auto t = map.number("validation_time")) {
    if (!(*t > 0) || *t > 86400) map.fail("validation_time", "must be positive seconds");
    checker.limits.cpu_time = to_us(*t);
    checker.limits.wall_time = sandbox::default_wall_time(to_us(*t));
  }
  if (map.has("validation_memory")) checker.limits.memory = mebibytes(map, "validation_memory", 0);
  if (passes) *passes = kKattisDefaultPasses;
  if (auto n = map.number("validation_passes")) {
    if (!passes) map.fail("validation_passes", "only for multi-pass problems");
    if (*n < 2 || *n > kKattisMostPasses || *n != std::floor(*n))
      map.fail("validation_passes",
               "must be a whole number from 2 to " + std::to_string(kKattisMostPasses));
    *passes = static_cast<unsigned>(*n);
  }
  // Only for deriving a time limit from submissions, or for compiling: not used by a run.
  map.ignore({"time_multipliers", "time_multiplier", "time_safety_margin", "time_resolution",
              "code", "compilation_time", "compilation_memory", "validation_output"});
  map.finish();
  return out;
}

}  // namespace judge
