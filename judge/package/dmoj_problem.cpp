#include "judge/package/dmoj_problem.h"

#include <cmath>
#include <memory>
#include <optional>

#include "judge/errors.h"
#include "judge/package/dmoj_checker.h"
#include "judge/package/package_dir.h"
#include "judge/package/yaml_map.h"
#include "judge/package/zip_extract.h"
#include "judge/work_dir.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxTests = 100'000;

class DmojReader : public DmojFiles {
 public:
  DmojReader(const PackageDir& package, YamlMap& yaml)
      : DmojFiles(yaml.file()), package_(package), yaml_(yaml) {}
  Problem read(const std::string& fallback_name);

  fs::path find(const YAML::Node& at, const std::string& name) const override;

 private:
  void open_archive(Problem& p);
  void read_test_cases(Problem& p);
  void add_case(Problem& p, const YAML::Node& node, std::vector<std::size_t>& tests);
  TestGroup read_batch(Problem& p, const YAML::Node& node, std::size_t batch);
  double points(const YAML::Node& entry) const;
  void read_checking(Problem& p);
  void read_limits(Problem& p);

  const PackageDir& package_;
  YamlMap& yaml_;
  std::optional<PackageDir> archive_;
  std::vector<std::size_t> batch_groups_;  // batch number - 1 -> index in Problem::groups
};

// As DMOJ looks a file up: in the problem's folder, else in its archive.
fs::path DmojReader::find(const YAML::Node& at, const std::string& name) const {
  try {
    fs::path path = package_.find(name);
    if (package_.is_file(path)) return path;
    if (archive_) path = archive_->find(name);
    if (archive_ && archive_->is_file(path)) return path;
  } catch (const InputError& e) {
    fail(at, e.what());
  }
  fail(at, "'" + name + "': no such file in the problem's folder" +
               (archive_ ? " or its archive" : ""));
}

// The archive is extracted (judge/package/zip_extract.h: bounded, nothing leaves the directory)
// into a private directory that lives as long as the Problem.
void DmojReader::open_archive(Problem& p) {
  auto name = yaml_.string("archive");
  if (!name) return;
  fs::path zip;
  try {
    zip = package_.find(*name);
  } catch (const InputError& e) {
    yaml_.fail("archive", e.what());
  }
  if (!package_.is_file(zip)) yaml_.fail("archive", "'" + *name + "': no such file");
  auto work = std::make_shared<WorkDir>(WorkDir::default_root());
  fs::path dir = work->make_dir("archive", 0755);
  extract_zip(zip, dir);
  archive_.emplace(dir);
  p.package_files = work;
}

double DmojReader::points(const YAML::Node& entry) const {
  YAML::Node node = entry["points"];
  double value = -1;
  if (!node) fail(entry, "'points': missing");
  if (!node.IsScalar() || !YAML::convert<double>::decode(node, value) ||
      !(value >= 0 && value <= 1e9))
    fail(node, "'points': must be a number from 0 to 10^9");
  return value;
}

}  // namespace

namespace {

// Keys of a test case or batch, each in `allowed` (output_prefix_length only shapes feedback).
void check_keys(const DmojReader& r, const YAML::Node& entry,
                std::initializer_list<const char*> allowed) {
  for (const auto& item : entry) {
    bool known = item.first.IsScalar() && item.first.Scalar() == "output_prefix_length";
    for (const char* key : allowed) known = known || item.first.Scalar() == key;
    if (!known)
      r.fail(item.first,
             "'" + item.first.Scalar() + "': not supported by this judge in a test case");
  }
}

std::string file_name(const DmojReader& r, const YAML::Node& entry, const char* key) {
  YAML::Node node = entry[key];
  if (!node)
    r.fail(entry, std::string("'") + key + "': missing" +
                      (std::string(key) == "in" ? " (a case without input is not supported)"
                                                : " (generated answers are not supported)"));
  if (!node.IsScalar() || node.Scalar().empty())
    r.fail(node, std::string("'") + key + "': must be a file name");
  return node.Scalar();
}

void DmojReader::add_case(Problem& p, const YAML::Node& entry, std::vector<std::size_t>& tests) {
  if (p.tests.size() >= kMaxTests)
    fail(entry, "more than " + std::to_string(kMaxTests) + " test cases");
  fs::path input = find(entry["in"], file_name(*this, entry, "in"));
  fs::path answer = find(entry["out"], file_name(*this, entry, "out"));
  tests.push_back(p.tests.size());
  p.tests.push_back({std::to_string(p.tests.size() + 1), input, answer});
}

TestGroup DmojReader::read_batch(Problem& p, const YAML::Node& entry, std::size_t batch) {
  check_keys(*this, entry, {"batched", "points", "dependencies"});
  TestGroup g{"batch-" + std::to_string(batch), points(entry), GroupScoring::Min, {}, {}};
  YAML::Node cases = entry["batched"];
  if (!cases.IsSequence() || cases.size() == 0) fail(cases, "'batched': must be a list of cases");
  for (const YAML::Node& c : cases) {
    if (!c.IsMap()) fail(c, "'batched': each case must be a mapping");
    if (c["batched"]) fail(c, "'batched': batches inside a batch are not allowed");
    check_keys(*this, c, {"in", "out"});
    add_case(p, c, g.tests);
  }
  YAML::Node deps = entry["dependencies"];
  if (deps && !deps.IsSequence()) fail(deps, "'dependencies': must be a list of batch numbers");
  for (const YAML::Node& d : deps ? deps : YAML::Node(YAML::NodeType::Sequence)) {
    long n = 0;
    if (!d.IsScalar() || !YAML::convert<long>::decode(d, n) || n < 1 ||
        static_cast<std::size_t>(n) >= batch)
      fail(d, "'dependencies': '" + d.Scalar() + "' is not the number of an earlier batch (1 to " +
                  std::to_string(batch - 1) + ")");
    g.depends_on.push_back(batch_groups_[static_cast<std::size_t>(n) - 1]);
  }
  return g;
}

// Each single case is a group of its own; a batch scores its points times its lowest case (DMOJ's
// batch). A case or batch of 0 points is a pretest: when it fails, DMOJ skips the rest, so every
// later group depends on it.
void DmojReader::read_test_cases(Problem& p) {
  auto list = yaml_.node("test_cases");
  if (!list) yaml_.fail("test_cases", "missing");
  if (list->IsMap())
    yaml_.fail("test_cases",
               "test cases given by regular expressions are not supported (list them)");
  if (!list->IsSequence() || list->size() == 0) yaml_.fail("test_cases", "must be a list of cases");
  std::vector<std::size_t> pretests;
  std::size_t batches = 0;
  for (const YAML::Node& entry : *list) {
    if (!entry.IsMap()) fail(entry, "test_cases: each case must be a mapping");
    TestGroup g;
    if (entry["batched"]) {
      g = read_batch(p, entry, ++batches);
      batch_groups_.push_back(p.groups.size());
    } else {
      check_keys(*this, entry, {"in", "out", "points"});
      g = {"case-" + std::to_string(p.tests.size() + 1), points(entry), GroupScoring::Min, {}, {}};
      add_case(p, entry, g.tests);
    }
    for (std::size_t pre : pretests)
      if (std::find(g.depends_on.begin(), g.depends_on.end(), pre) == g.depends_on.end())
        g.depends_on.push_back(pre);
    if (g.points == 0) pretests.push_back(p.groups.size());
    p.groups.push_back(std::move(g));
  }
}

}  // namespace

namespace {

// `checker` (default: standard) or `interactive` (a testlib interactor, which decides alone).
void DmojReader::read_checking(Problem& p) {
  auto checker = yaml_.node("checker");
  auto interactive = yaml_.node("interactive");
  if (checker && interactive)
    yaml_.fail("checker", "with 'interactive': the interactor decides, a checker is not used");
  if (interactive) {
    p.interactor = dmoj_interactor(*interactive, *this);
    if (yaml_.has("unbuffered"))
      yaml_.fail("unbuffered", "a pseudo-terminal for an interactive program is not supported");
  }
  yaml_.ignore({"unbuffered"});  // without interaction, buffering changes nothing
  p.checker = checker ? dmoj_checker(*checker, *this) : dmoj_checker(YAML::Node("standard"), *this);
}

void DmojReader::read_limits(Problem& p) {
  p.limits.cpu_time = std::chrono::microseconds(std::llround(kDmojTimeLimitSeconds * 1e6));
  p.limits.memory = std::uint64_t{kDmojMemoryLimitMiB} << 20;
  if (auto bytes = yaml_.number("output_limit_length")) {
    if (!(*bytes >= 1 && *bytes <= double(1ull << 30)))
      yaml_.fail("output_limit_length", "must be 1 to 2^30 bytes");
    p.limits.output = static_cast<std::uint64_t>(*bytes);
  }
}

Problem DmojReader::read(const std::string& fallback_name) {
  Problem p;
  p.format = "dmoj";
  p.file = yaml_.file();
  p.dir = package_.root();
  p.name = p.title = fallback_name;  // init.yml has no name: the folder's
  open_archive(p);
  read_limits(p);
  read_test_cases(p);
  read_checking(p);
  // Pretests are run by DMOJ only during a contest with pretests; the full judging is
  // test_cases, which is what this judge grades. output_prefix_length and wall_time_factor shape
  // feedback and the wall clock only.
  yaml_.ignore({"pretest_test_cases", "output_prefix_length", "wall_time_factor"});
  yaml_.finish();
  return p;
}

}  // namespace

Problem load_dmoj_problem(const PackageDir& package, const std::string& fallback_name) {
  fs::path file = package.find("init.yml");
  if (!package.is_file(file)) throw InputError(package.root().string() + "/init.yml: missing");
  YamlMap yaml = YamlMap::load(package, file);
  return DmojReader(package, yaml).read(fallback_name);
}

}  // namespace judge
