#include "judge/package/polygon_problem.h"

#include <cmath>
#include <map>

#include "judge/errors.h"
#include "judge/file_io.h"
#include "judge/package/package_dir.h"
#include "judge/package/polygon_testlib.h"
#include "judge/package/polygon_xml.h"
#include "judge/package/testlib_checkers.h"

namespace judge {
namespace fs = std::filesystem;
using std::chrono::microseconds;

std::optional<std::string> polygon_test_path(std::string_view pattern, unsigned number) {
  std::string out;
  bool used = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '%') {
      out += pattern[i];
      continue;
    }
    if (++i < pattern.size() && pattern[i] == '%') {
      out += '%';
      continue;
    }
    std::size_t width = 0;
    bool zero = i < pattern.size() && pattern[i] == '0';
    while (i < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i])) && width < 10)
      width = width * 10 + static_cast<std::size_t>(pattern[i++] - '0');
    if (used || i >= pattern.size() || pattern[i] != 'd') return std::nullopt;
    used = true;
    std::string digits = std::to_string(number);
    if (digits.size() < width) digits.insert(0, width - digits.size(), zero ? '0' : ' ');
    out += digits;
  }
  if (!used) return std::nullopt;
  return out;
}

namespace {

struct PolygonTest {
  std::string group;
  double points = 0;
  bool sample = false;
};

class PolygonReader {
 public:
  PolygonReader(const PackageDir& package, const PolygonXml& xml) : package_(package), xml_(xml) {}
  Problem read(const std::string& fallback_name);

 private:
  pugi::xml_node testset() const;
  void read_limits(pugi::xml_node set, Problem& p) const;
  void read_file_io(Problem& p) const;
  std::vector<PolygonTest> read_tests(pugi::xml_node set, Problem& p) const;
  fs::path test_file(pugi::xml_node set, const char* pattern_name, unsigned number) const;
  std::vector<TestGroup> read_groups(pugi::xml_node set,
                                     const std::vector<PolygonTest>& tests) const;
  TestGroup read_group(pugi::xml_node node, const std::vector<PolygonTest>& tests,
                       const std::vector<TestGroup>& earlier) const;
  CheckerSpec read_checker() const;
  std::optional<InteractorSpec> read_interactor(bool has_checker) const;
  // The file a testlib program's <source path> names in the package.
  fs::path source_file(pugi::xml_node program) const;
  // A testlib program from that source, with the package's testlib.h when it includes it.
  CheckerProgram testlib_program(pugi::xml_node node) const;
  // package_.find(), its refusals ('..', links out) named at `node`.
  fs::path find(pugi::xml_node node, const std::string& path) const;

  const PackageDir& package_;
  const PolygonXml& xml_;
};

fs::path PolygonReader::find(pugi::xml_node node, const std::string& path) const {
  try {
    return package_.find(path);
  } catch (const InputError& e) {
    xml_.fail(node, e.what());
  }
}

pugi::xml_node PolygonReader::testset() const {
  pugi::xml_node judging = xml_.root().child("judging");
  if (!judging) xml_.fail(xml_.root(), "no <judging> element");
  pugi::xml_node named = judging.find_child_by_attribute("testset", "name", "tests");
  if (named) return named;
  pugi::xml_node first = judging.child("testset");
  if (!first) xml_.fail(judging, "no <testset>");
  if (first.next_sibling("testset"))
    xml_.fail(judging, "several testsets and none named 'tests' (the one this judge grades)");
  return first;
}

void PolygonReader::read_limits(pugi::xml_node set, Problem& p) const {
  auto time = xml_.number(set.child("time-limit"));
  if (!time || *time <= 0 || *time > 86400e3)
    xml_.fail(set, "<time-limit>: missing or not positive milliseconds");
  auto memory = xml_.number(set.child("memory-limit"));
  if (!memory || *memory < (1 << 20))
    xml_.fail(set, "<memory-limit>: missing or less than 1MiB (it is in bytes)");
  p.limits.cpu_time = microseconds(static_cast<std::int64_t>(std::llround(*time * 1000)));
  p.limits.memory = static_cast<std::uint64_t>(*memory);
}

void PolygonReader::read_file_io(Problem& p) const {
  pugi::xml_node judging = xml_.root().child("judging");
  for (auto [attr, field] : {std::pair{"input-file", &p.file_io.input_file},
                             std::pair{"output-file", &p.file_io.output_file}}) {
    std::string name = judging.attribute(attr).value();
    if (name.empty()) continue;
    if (!is_plain_file_name(name))
      xml_.fail(judging, std::string("@") + attr + ": '" + name + "' is not a plain file name");
    *field = name;
  }
  if (!p.file_io.input_file.empty() && p.file_io.input_file == p.file_io.output_file)
    xml_.fail(judging, "@input-file and @output-file name the same file");
}

fs::path PolygonReader::test_file(pugi::xml_node set, const char* pattern_name,
                                  unsigned number) const {
  pugi::xml_node node = set.child(pattern_name);
  auto path = polygon_test_path(node.child_value(), number);
  if (!node || !path)
    xml_.fail(set, std::string("<") + pattern_name + ">: missing, or not a pattern with one %d");
  return find(node, *path);
}

std::vector<PolygonTest> PolygonReader::read_tests(pugi::xml_node set, Problem& p) const {
  std::vector<PolygonTest> out;
  unsigned number = 0;
  for (pugi::xml_node test : set.child("tests").children("test")) {
    ++number;
    fs::path input = test_file(set, "input-path-pattern", number);
    fs::path answer = test_file(set, "answer-path-pattern", number);
    std::string method = test.attribute("method").value();
    if (!package_.is_file(input))
      xml_.fail(
          test,
          "test " + std::to_string(number) + ": its input '" +
              *polygon_test_path(set.child("input-path-pattern").child_value(), number) +
              "' is not in the package" +
              (method == "generated" ? " (a generated test: use a package with the generated files)"
                                     : ""));
    if (!package_.is_file(answer))
      xml_.fail(test, "test " + std::to_string(number) + ": its answer is not in the package " +
                          "(answers are made by the main solution: use a package with them)");
    p.tests.push_back({std::to_string(number), input, answer});
    out.push_back({test.attribute("group").value(), xml_.number(test, "points").value_or(0),
                   test.attribute("sample").as_bool()});
  }
  if (out.empty()) xml_.fail(set, "<tests>: no tests");
  if (auto count = xml_.number(set.child("test-count")); count && *count != out.size())
    xml_.fail(set.child("test-count"), "says " + std::to_string(static_cast<long long>(*count)) +
                                           " tests, <tests> lists " + std::to_string(out.size()));
  return out;
}

TestGroup PolygonReader::read_group(pugi::xml_node node, const std::vector<PolygonTest>& tests,
                                    const std::vector<TestGroup>& earlier) const {
  TestGroup group;
  group.name = node.attribute("name").value();
  if (group.name.empty()) xml_.fail(node, "@name: missing");
  double total = 0;
  std::optional<double> each;
  for (std::size_t t = 0; t < tests.size(); ++t) {
    if (tests[t].group != group.name) continue;
    group.tests.push_back(t);
    total += tests[t].points;
    if (each && *each != tests[t].points &&
        node.attribute("points-policy").value() == std::string("each-test"))
      xml_.fail(node, "group '" + group.name +
                          "': each-test points that differ between tests are not supported (only "
                          "equal points)");
    each = tests[t].points;
  }
  if (group.tests.empty()) xml_.fail(node, "group '" + group.name + "' has no tests");
  std::string policy = node.attribute("points-policy").value();
  if (policy == "complete-group") {
    group.scoring = GroupScoring::PassFail;
    group.points = xml_.number(node, "points").value_or(total);
  } else if (policy == "each-test") {
    group.scoring = GroupScoring::Sum;
    group.points = total;
  } else {
    xml_.fail(node, "@points-policy: '" + policy + "' (complete-group or each-test)");
  }
  for (pugi::xml_node dep : node.child("dependencies").children("dependency")) {
    std::string name = dep.attribute("group").value();
    std::size_t g = 0;
    while (g < earlier.size() && earlier[g].name != name) ++g;
    if (g == earlier.size())
      xml_.fail(dep, "group '" + name + "' is not a group listed before '" + group.name + "'");
    group.depends_on.push_back(g);
  }
  return group;
}

std::vector<TestGroup> PolygonReader::read_groups(pugi::xml_node set,
                                                  const std::vector<PolygonTest>& tests) const {
  std::vector<TestGroup> groups;
  pugi::xml_node list = set.child("groups");
  for (pugi::xml_node node : list.children("group")) {
    for (const TestGroup& g : groups)
      if (g.name == node.attribute("name").value())
        xml_.fail(node, "a second group '" + g.name + "'");
    groups.push_back(read_group(node, tests, groups));
  }
  for (std::size_t t = 0; t < tests.size(); ++t) {
    bool known = false;
    for (const TestGroup& g : groups) known = known || g.name == tests[t].group;
    if (!groups.empty() && !known)
      xml_.fail(set.child("tests"),
                "test " + std::to_string(t + 1) + " is in no group of <groups>" +
                    (tests[t].group.empty() ? "" : " ('" + tests[t].group + "')"));
    if (groups.empty() && (!tests[t].group.empty() || tests[t].points != 0))
      xml_.fail(set.child("tests"), "test " + std::to_string(t + 1) +
                                        " has a group or points, but the testset has no <groups>");
  }
  return groups;
}

fs::path PolygonReader::source_file(pugi::xml_node program) const {
  std::string source = program.child("source").attribute("path").value();
  fs::path path = source.empty() ? fs::path() : find(program, source);
  // Polygon also writes a checker's or interactor's source to <copy path="check.cpp">; packages
  // kept in version control often hold only that copy.
  std::string copy = program.child("copy").attribute("path").value();
  if (!package_.is_file(path) && !copy.empty()) path = find(program, copy);
  if (!package_.is_file(path))
    xml_.fail(program, "<source path='" + source + "'>" +
                           (copy.empty() ? "" : " (nor its <copy path='" + copy + "'>)") +
                           ": no such file in the package");
  return path;
}

CheckerProgram PolygonReader::testlib_program(pugi::xml_node node) const {
  CheckerProgram program;
  program.source = source_file(node);
  program.compile_files = polygon_compile_files(package_, xml_, node, program.source);
  return program;
}

// <interactor>: a testlib interactor; the checker, when there is one, then grades its TOUT file.
std::optional<InteractorSpec> PolygonReader::read_interactor(bool has_checker) const {
  pugi::xml_node node = xml_.root().child("assets").child("interactor");
  if (!node) return std::nullopt;
  if (std::string type = node.attribute("type").value(); !type.empty() && type != "testlib")
    xml_.fail(node, "@type: '" + type + "' (only testlib interactors are supported)");
  InteractorSpec spec;
  spec.program.type = CheckerType::Testlib;
  spec.program.program = testlib_program(node);
  spec.check_tout = has_checker;
  return spec;
}

CheckerSpec PolygonReader::read_checker() const {
  pugi::xml_node assets = xml_.root().child("assets");
  pugi::xml_node checker = assets.child("checker");
  if (!checker) xml_.fail(assets ? assets : xml_.root(), "no <checker>");
  std::string where = xml_.file() + ": /problem/assets/checker";
  std::string name = checker.attribute("name").value();
  if (name.starts_with("std::")) return standard_testlib_checker(name, where);
  if (std::string type = checker.attribute("type").value(); type != "testlib")
    xml_.fail(checker, "@type: '" + type + "' (only testlib checkers are supported)");
  CheckerSpec spec;
  spec.type = CheckerType::Testlib;
  spec.program = testlib_program(checker);
  return spec;
}

Problem PolygonReader::read(const std::string& fallback_name) {
  Problem p;
  std::string short_name = xml_.root().attribute("short-name").value();
  p.name = short_name.empty() ? fallback_name : short_name;
  pugi::xml_node names = xml_.root().child("names");
  pugi::xml_node title = names.find_child_by_attribute("name", "language", "english");
  if (!title) title = names.child("name");
  p.title = title ? title.attribute("value").value() : p.name;
  pugi::xml_node set = testset();
  read_limits(set, p);
  read_file_io(p);
  std::vector<PolygonTest> tests = read_tests(set, p);
  p.groups = read_groups(set, tests);
  // An interactive problem may leave the checking to its interactor alone.
  bool has_checker = xml_.root().child("assets").child("checker");
  p.interactor = read_interactor(has_checker);
  if (has_checker || !p.interactor) p.checker = read_checker();
  if (p.interactor && (!p.file_io.input_file.empty() || !p.file_io.output_file.empty()))
    xml_.fail(xml_.root().child("judging"),
              "an interactive problem cannot also use @input-file or @output-file");
  p.format = "polygon";
  return p;
}

}  // namespace

Problem load_polygon_problem(const PackageDir& package, const std::string& fallback_name) {
  fs::path file = package.find("problem.xml");
  if (!package.is_file(file)) throw InputError(package.root().string() + "/problem.xml: missing");
  PolygonXml xml(package.read_text(file, 64u << 20), file.string());
  Problem p = PolygonReader(package, xml).read(fallback_name);
  p.file = file;
  p.dir = package.root();
  return p;
}

}  // namespace judge
