#include "judge/package/kattis_data.h"

#include <sys/stat.h>

#include <set>
#include <sstream>
#include <utility>

#include "judge/errors.h"
#include "judge/package/kattis_settings.h"
#include "judge/package/package_dir.h"
#include "judge/package/yaml_map.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr long kMaxDataDepth = 16;

bool is_test_input(const fs::path& p) {
  return p.extension() == ".in";
}

long depth(const fs::path& p) {
  long n = 0;
  for (auto it = p.begin(); it != p.end(); ++it) ++n;
  return n;
}

class DataReader {
 public:
  DataReader(const PackageDir& package, const KattisDataOptions& options)
      : package_(package), options_(options) {}
  KattisData read();

 private:
  void collect(const fs::path& dir, const KattisSettings& settings, std::vector<std::size_t>* tests,
               bool config_allowed);
  void add_test(const fs::path& input, const KattisSettings& settings);
  void read_sample(const KattisSettings& root);
  void read_secret(const KattisSettings& root);
  void read_secret_groups(const fs::path& secret, const KattisSettings& settings,
                          const KattisGroupScore& secret_score);
  void add_group(std::string name, double points, GroupScoring scoring,
                 std::vector<std::size_t> tests, const KattisGroupScore& score);

  const PackageDir& package_;
  KattisDataOptions options_;
  fs::path data_;
  KattisData out_;
  bool args_set_ = false;
  // (device, inode) of every directory walked: a link back to one is refused, not walked again.
  std::set<std::pair<dev_t, ino_t>> visited_;
};

void DataReader::add_test(const fs::path& input, const KattisSettings& dir_settings) {
  fs::path relative = input.lexically_relative(data_);
  std::string name = relative.replace_extension().string();
  fs::path answer = package_.find(fs::path("data") / (name + ".ans"));
  if (!package_.is_file(answer))
    throw InputError(input.string() + ": test case '" + name + "' has no " + name + ".ans");
  if (package_.is_dir(package_.find(fs::path("data") / (name + ".files"))))
    throw InputError(data_.string() + "/" + name +
                     ".files: input files of a test case are not supported yet");
  KattisSettings settings = dir_settings;
  if (options_.modern)
    if (fs::path yaml = package_.find(fs::path("data") / (name + ".yaml")); package_.is_file(yaml))
      read_test_case_yaml(package_, yaml, settings);
  if (!args_set_) {
    out_.validator_args = settings.validator_args;
    out_.validator_args_from = settings.validator_args_from;
    args_set_ = true;
  } else if (settings.validator_args != out_.validator_args) {
    throw InputError(settings.validator_args_from + ": '" + settings.validator_args_key +
                     "' differs from the arguments of other tests (" +
                     (out_.validator_args_from.empty() ? "none" : out_.validator_args_from) +
                     "): per-test output validator arguments are not supported yet");
  }
  out_.tests.push_back({name, input, answer});
}

void DataReader::collect(const fs::path& dir, const KattisSettings& settings,
                         std::vector<std::size_t>* tests, bool config_allowed) {
  // A link to a directory above it would make the walk endless.
  if (depth(data_) + kMaxDataDepth < depth(dir))
    throw InputError(dir.string() + ": directories nested deeper than " +
                     std::to_string(kMaxDataDepth) + " under data/ (a link to a directory above?)");
  // Links to directories already walked (a directory linked to itself, or twice from one place)
  // would make the walk exponential within the depth bound; each directory is walked once.
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) throw InputError(dir.string() + ": cannot be read");
  if (!visited_.insert({st.st_dev, st.st_ino}).second)
    throw InputError(dir.string() +
                     ": a directory reached a second time (a symbolic link to a "
                     "directory of data/); each test directory must appear once");
  for (const fs::path& entry : package_.list(dir)) {
    if (package_.is_dir(entry)) {
      if (entry.extension() == ".files") continue;  // refused with its test, in add_test
      KattisSettings inner = settings;
      read_dir_settings(package_, entry, inner, options_.modern,
                        config_allowed ? KattisDirKind::Group : KattisDirKind::Nested);
      collect(entry, inner, tests, config_allowed && !options_.modern);
    } else if (is_test_input(entry)) {
      if (tests) tests->push_back(out_.tests.size());
      add_test(entry, settings);
    }
  }
}

void DataReader::add_group(std::string name, double points, GroupScoring scoring,
                           std::vector<std::size_t> tests, const KattisGroupScore& score) {
  if (tests.empty()) throw InputError(data_.string() + "/" + name + ": a test group with no tests");
  TestGroup group{std::move(name), points, scoring, std::move(tests), {}};
  for (const std::string& needed : score.require_pass) {
    std::size_t g = 0;
    while (g < out_.groups.size() && out_.groups[g].name != needed) ++g;
    if (g == out_.groups.size())
      score.settings->fail("require_pass", "'" + needed +
                                               "' is not a test group before this one (groups "
                                               "are graded in name order, sample first)");
    group.depends_on.push_back(g);
  }
  out_.groups.push_back(std::move(group));
}

void DataReader::read_sample(const KattisSettings& root) {
  fs::path sample = package_.find("data/sample");
  if (!package_.is_dir(sample)) return;
  KattisSettings settings = root;
  read_dir_settings(package_, sample, settings, options_.modern, KattisDirKind::Sample);
  std::vector<std::size_t> tests;
  collect(sample, settings, &tests, !options_.modern);
  if (options_.scoring && !tests.empty())
    add_group("sample", 0, GroupScoring::PassFail, std::move(tests), {});
}

void DataReader::read_secret(const KattisSettings& root) {
  fs::path secret = package_.find("data/secret");
  if (!package_.is_dir(secret))
    throw InputError(package_.root().string() + "/data/secret: missing (the secret test data)");
  KattisSettings settings = root;
  KattisGroupScore score =
      read_dir_settings(package_, secret, settings, options_.modern, KattisDirKind::Secret);
  bool has_tests = false, has_dirs = false;
  for (const fs::path& entry : package_.list(secret)) {
    has_tests = has_tests || is_test_input(entry);
    has_dirs = has_dirs || (package_.is_dir(entry) && entry.extension() != ".files");
  }
  if (options_.modern && has_tests && has_dirs)
    throw InputError(secret.string() +
                     ": holds both test cases and test groups (one or the other)");
  if (!options_.scoring) return collect(secret, settings, nullptr, true);
  if (has_dirs) return read_secret_groups(secret, settings, score);
  std::vector<std::size_t> tests;
  collect(secret, settings, &tests, false);
  add_group("secret", score.max_score.value_or(100), score.aggregation.value_or(GroupScoring::Sum),
            std::move(tests), score);
}

void DataReader::read_secret_groups(const fs::path& secret, const KattisSettings& settings,
                                    const KattisGroupScore& secret_score) {
  if (secret_score.aggregation && *secret_score.aggregation != GroupScoring::Sum)
    secret_score.settings->fail("score_aggregation",
                                "only sum over test groups is supported (groups add up)");
  double total = 0;
  for (const fs::path& dir : package_.list(secret)) {
    if (!package_.is_dir(dir) || dir.extension() == ".files") continue;
    KattisSettings inner = settings;
    KattisGroupScore score =
        read_dir_settings(package_, dir, inner, options_.modern, KattisDirKind::Group);
    if (!score.max_score)
      throw InputError(dir.string() + "/test_group.yaml: 'max_score': missing; a test group of a " +
                       "scoring problem needs its points (unbounded scores are not supported)");
    std::vector<std::size_t> tests;
    collect(dir, inner, &tests, false);
    add_group(dir.lexically_relative(data_).string(), *score.max_score,
              score.aggregation.value_or(GroupScoring::PassFail), std::move(tests), score);
    total += *score.max_score;
  }
  if (secret_score.max_score && *secret_score.max_score != total)
    secret_score.settings->fail("max_score", "differs from the sum of its groups' max_score (" +
                                                 std::to_string(total) + ")");
}

KattisData DataReader::read() {
  data_ = package_.find("data");
  if (!package_.is_dir(data_))
    throw InputError(package_.root().string() +
                     "/data: missing (a Kattis package holds its tests in data/sample and "
                     "data/secret)");
  KattisSettings root;
  read_dir_settings(package_, data_, root, options_.modern, KattisDirKind::Data);
  read_sample(root);
  read_secret(root);
  if (out_.tests.empty())
    throw InputError(data_.string() + ": no test cases (NAME.in with NAME.ans)");
  return std::move(out_);
}

}  // namespace

KattisData read_kattis_data(const PackageDir& package, const KattisDataOptions& options) {
  return DataReader(package, options).read();
}

}  // namespace judge
