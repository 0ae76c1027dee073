#include "judge/package/kattis_flags.h"

#include <cstdlib>

#include "judge/errors.h"

namespace judge {

namespace {

double tolerance(const std::vector<std::string>& flags, std::size_t& i, const std::string& where) {
  const std::string& flag = flags[i];
  if (i + 1 == flags.size()) throw InputError(where + ": '" + flag + "' needs a number after it");
  const std::string& text = flags[++i];
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !(value >= 0) || value >= 1)
    throw InputError(where + ": '" + flag + " " + text +
                     "': the tolerance must be a number in [0, 1)");
  return value;
}

}  // namespace

CheckerSpec default_validator(const std::vector<std::string>& flags, const std::string& where) {
  CheckerSpec spec;
  spec.type = CheckerType::Tokens;
  spec.case_sensitive = false;
  // The default validator applies a tolerance only when one is given.
  std::optional<double> abs, rel;
  for (std::size_t i = 0; i < flags.size(); ++i) {
    const std::string& flag = flags[i];
    if (flag == "case_sensitive") {
      spec.case_sensitive = true;
    } else if (flag == "float_tolerance") {
      abs = rel = tolerance(flags, i, where);
    } else if (flag == "float_absolute_tolerance") {
      abs = tolerance(flags, i, where);
    } else if (flag == "float_relative_tolerance") {
      rel = tolerance(flags, i, where);
    } else if (flag == "space_change_sensitive") {
      spec.layout = Layout::Exact;
    } else {
      throw InputError(where + ": '" + flag + "': not a flag of the default output validator");
    }
  }
  if (abs || rel) {
    spec.type = CheckerType::Float;
    spec.float_rule = FloatRule::Kattis;
    spec.abs_tolerance = abs.value_or(0);
    spec.rel_tolerance = rel.value_or(0);
  }
  return spec;
}

}  // namespace judge
