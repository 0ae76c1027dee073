#include "judge/package/dmoj_checker.h"

#include <cmath>
#include <map>
#include <set>

#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// DMOJ language ids of the checker's source, as the judge's languages.
const std::map<std::string, std::string> kLanguages{
    {"C", "c"},       {"C11", "c"},     {"CPP03", "cpp"}, {"CPP11", "cpp"},   {"CPP14", "cpp"},
    {"CPP17", "cpp"}, {"CPP20", "cpp"}, {"CPP23", "cpp"}, {"PY3", "python3"}, {"PYPY3", "python3"}};

// The keys of a mapping, each one of `allowed`.
void check_keys(const YAML::Node& map, const std::set<std::string>& allowed, const DmojFiles& f,
                const std::string& what) {
  if (!map.IsMap()) f.fail(map, what + ": must be a mapping of keys");
  for (const auto& entry : map)
    if (!entry.first.IsScalar() || !allowed.count(entry.first.Scalar()))
      f.fail(entry.first, what + ": '" + entry.first.Scalar() + "' is not supported by this judge");
}

std::string scalar(const YAML::Node& map, const char* key, const DmojFiles& f,
                   const std::string& what) {
  YAML::Node node = map[key];
  if (!node) f.fail(map, what + " '" + key + "': missing");
  if (!node.IsScalar()) f.fail(node, what + " '" + key + "': must be a string");
  return node.Scalar();
}

// A bridged program's args: its one source (testlib.h, which DMOJ lists beside it, is left out),
// its language and `type: testlib`.
CheckerProgram bridged_program(const YAML::Node& args, const DmojFiles& f,
                               const std::string& what) {
  check_keys(args, {"files", "lang", "type", "feedback", "cached"}, f, what);
  if (scalar(args, "type", f, what) != "testlib")
    f.fail(args["type"], what + " 'type': '" + args["type"].Scalar() +
                             "' is not supported (only testlib programs are)");
  std::string lang = scalar(args, "lang", f, what);
  auto language = kLanguages.find(lang);
  if (language == kLanguages.end())
    f.fail(args["lang"], what + " 'lang': '" + lang + "' is not a language this judge maps");
  std::vector<std::string> sources;
  YAML::Node files = args["files"];
  if (files && files.IsScalar()) sources.push_back(files.Scalar());
  if (files && files.IsSequence())
    for (const YAML::Node& file : files) {
      if (!file.IsScalar()) f.fail(file, what + " 'files': must be file names");
      if (file.Scalar() != "testlib.h") sources.push_back(file.Scalar());
    }
  if (sources.size() != 1)
    f.fail(files ? files : args, what + " 'files': one source file (and testlib.h) is supported");
  CheckerProgram program;
  program.source = f.find(files, sources[0]);
  program.language = language->second;
  return program;
}

CheckerSpec builtin(CheckerType type, double abs_tolerance = 0, double rel_tolerance = 0) {
  CheckerSpec spec;
  spec.type = type;
  spec.abs_tolerance = abs_tolerance;
  spec.rel_tolerance = rel_tolerance;
  return spec;
}

// floats, floatsabs, floatsrel (dmoj/checkers/floats.py): lines split at '\n' and '\r', empty ones
// left out; every number within 10^-precision (default 6) by error_mode's formula; any other token
// the same bytes.
CheckerSpec floats(const std::string& name, const YAML::Node& args, bool has_args,
                   const DmojFiles& f) {
  std::string mode = name == "floatsabs"   ? "absolute"
                     : name == "floatsrel" ? "relative"
                                           : "default";
  double precision = 6;
  if (has_args) {
    check_keys(args, {"precision", "error_mode"}, f, "checker args");
    if (args["precision"] &&
        (!YAML::convert<double>::decode(args["precision"], precision) || precision < 0 ||
         precision > 18 || std::floor(precision) != precision))
      f.fail(args["precision"], "checker args 'precision': must be a whole number 0 to 18");
    // floatsabs and floatsrel pass their own error_mode: DMOJ fails on a second one.
    if (args["error_mode"] && name != "floats")
      f.fail(args["error_mode"], "checker args 'error_mode': only for floats, not " + name);
    if (args["error_mode"]) mode = scalar(args, "error_mode", f, "checker args");
  }
  static const std::map<std::string, FloatRule> kModes{{"default", FloatRule::DmojDefault},
                                                       {"absolute", FloatRule::DmojAbsolute},
                                                       {"relative", FloatRule::DmojRelative}};
  auto rule = kModes.find(mode);
  if (rule == kModes.end())
    f.fail(args["error_mode"], "checker args 'error_mode': '" + mode + "' is not one of DMOJ's");
  double eps = std::pow(10.0, -precision);
  // abs_tolerance is the epsilon; rel_tolerance only says whether a relative error can pass.
  CheckerSpec spec =
      builtin(CheckerType::Float, eps, rule->second == FloatRule::DmojAbsolute ? 0 : eps);
  spec.float_rule = rule->second;
  spec.layout = Layout::NonEmpty;
  return spec;
}

}  // namespace

void DmojFiles::fail(const YAML::Node& at, const std::string& message) const {
  if (!at) throw InputError(file_, 0, 0, message);
  const YAML::Mark mark = at.Mark();
  if (mark.is_null()) throw InputError(file_, 0, 0, message);
  throw InputError(file_, mark.line + 1, mark.column + 1, message);
}

CheckerSpec dmoj_checker(const YAML::Node& node, const DmojFiles& f) {
  std::string name;
  YAML::Node args;
  bool has_args = false;
  if (node.IsScalar()) {
    name = node.Scalar();
  } else {
    check_keys(node, {"name", "args"}, f, "checker");
    name = scalar(node, "name", f, "checker");
    has_args = static_cast<bool>(node["args"]);
    if (has_args) args = node["args"];
  }
  if (name == "standard" || name == "identical") {
    // identical's pe_allowed only words its message: the output is rejected either way.
    if (has_args &&
        !(name == "identical" && args.IsMap() && args.size() == 1 && args["pe_allowed"]))
      f.fail(args, "checker args: not supported for '" + name + "'");
    if (name == "identical") return builtin(CheckerType::Exact);
    // _checker.c's check_standard: equal tokens, and where one side's whitespace between two
    // tokens holds a '\n' or '\r', so does the other's.
    CheckerSpec spec = builtin(CheckerType::Tokens);
    spec.layout = Layout::NonBlank;
    return spec;
  }
  if (name == "floats" || name == "floatsabs" || name == "floatsrel")
    return floats(name, args, has_args, f);
  if (name == "bridged") {
    if (!has_args) f.fail(node, "checker: bridged needs its args");
    CheckerSpec spec = builtin(CheckerType::Testlib);
    spec.program = bridged_program(args, f, "checker args");
    return spec;
  }
  if (name.find('.') != std::string::npos)
    f.fail(node, "checker: '" + name + "': Python checker modules are not supported (they run " +
                     "inside DMOJ's judge); a bridged testlib checker is");
  f.fail(node, "checker: '" + name + "' has no built-in equivalent in this judge");
}

InteractorSpec dmoj_interactor(const YAML::Node& node, const DmojFiles& f) {
  InteractorSpec spec;
  spec.program.type = CheckerType::Testlib;
  spec.program.program = bridged_program(node, f, "interactive");
  return spec;
}

}  // namespace judge
