#include "judge/package/validators.h"

#include "judge/errors.h"
#include "judge/package/package_dir.h"
#include "judge/package/polygon_testlib.h"
#include "judge/package/polygon_xml.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

std::string relative_name(const Problem& problem, const fs::path& file) {
  std::string rel = fs::absolute(file)
                        .lexically_normal()
                        .lexically_relative(fs::absolute(problem.dir).lexically_normal())
                        .string();
  return rel.empty() ? file.string() : rel;
}

// problem.toml's [validator]: the same arguments for every test.
std::vector<InputValidator> toml_validators(const Problem& problem) {
  std::vector<InputValidator> out;
  for (const CheckerSpec& spec : problem.input_validators) {
    out.push_back({relative_name(problem, spec.program.source), spec});
    out.back().test_args.resize(problem.tests.size());
  }
  return out;
}

// The testset the problem was read from: the one named "tests", else the only one.
std::string polygon_testset(const PolygonXml& xml) {
  pugi::xml_node judging = xml.root().child("judging");
  if (judging.find_child_by_attribute("testset", "name", "tests")) return "tests";
  return judging.child("testset").attribute("name").value();
}

// Polygon passes a validator the testset and, for a test in a group, the group (testlib's
// validator.testset() and validator.group()).
std::vector<std::vector<std::string>> polygon_args(const Problem& problem,
                                                   const std::string& testset) {
  std::vector<std::vector<std::string>> args(problem.tests.size());
  for (auto& a : args) a = {"--testset", testset};
  for (const TestGroup& group : problem.groups)
    for (std::size_t t : group.tests) {
      args[t].push_back("--group");
      args[t].push_back(group.name);
    }
  return args;
}

// <assets><validators><validator><source path="files/val.cpp"/>: testlib validators, compiled
// with the package's testlib.h beside them (we vendor none: a validator that includes it in a
// package without it is refused).
std::vector<InputValidator> polygon_validators(const Problem& problem) {
  PackageDir package(problem.dir);
  PolygonXml xml(package.read_text(problem.file, 64u << 20), problem.file.string());
  std::vector<InputValidator> out;
  pugi::xml_node list = xml.root().child("assets").child("validators");
  for (pugi::xml_node node : list.children("validator")) {
    std::string path = node.child("source").attribute("path").value();
    fs::path source = path.empty() ? fs::path() : package.find(path);
    if (!package.is_file(source))
      xml.fail(node, "<source path='" + path + "'>: no such file in the package");
    CheckerSpec spec;
    spec.type = CheckerType::Testlib;
    spec.program.source = source;
    spec.program.compile_files = polygon_compile_files(package, xml, node, source);
    out.push_back({path, spec, polygon_args(problem, polygon_testset(xml))});
  }
  return out;
}

}  // namespace

std::vector<InputValidator> input_validators(const Problem& problem) {
  if (problem.format == "polygon") return polygon_validators(problem);
  if (problem.format.starts_with("kattis")) return kattis_input_validators(problem);
  return toml_validators(problem);
}

}  // namespace judge
