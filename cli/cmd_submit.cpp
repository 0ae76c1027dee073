// `judge submit`: put one job on the jobs stream; with --wait, print its result when it comes.
#include <sys/stat.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>

#include "base/files.h"
#include "base/units.h"
#include "cli/commands.h"
#include "cli/usage_error.h"
#include "judge/batch/problem_catalog.h"
#include "judge/language.h"
#include "judge/worker/redis_client.h"
#include "judge/worker/job.h"
#include "judge/worker/streams.h"

namespace po = boost::program_options;

namespace cli {
namespace {

namespace worker = judge::worker;

struct SubmitArgs {
  std::string redis, problem, source, language, id, version, problems_dir, prefix = "judge";
  std::string max_source = "256KiB";
  bool wait = false;
};

bool parse_submit_args(int argc, char** argv, SubmitArgs& args) {
  po::options_description desc("judge submit --redis URL PROBLEM SOURCE [options]");
  desc.add_options()("redis", po::value(&args.redis),
                     "the Redis the workers use (required; default $JUDGE_REDIS)")(
      "wait", po::bool_switch(&args.wait), "wait for the result and print it (JSON)")(
      "language", po::value(&args.language), "language id (default: by SOURCE's extension)")(
      "id", po::value(&args.id), "the job's id (default: a random one)")(
      "version", po::value(&args.version), "the problem's version the result must be graded with")(
      "problems", po::value(&args.problems_dir), "take --version from DIR/PROBLEM")(
      "prefix", po::value(&args.prefix), "the keys' prefix (default judge)")(
      "max-source", po::value(&args.max_source), "the largest source sent (default 256KiB)")(
      "help,h", "this help");
  // PROBLEM and SOURCE: the two words that are not options.
  std::vector<std::string> words;
  po::options_description hidden;
  hidden.add_options()("word", po::value(&words));
  po::options_description all;
  all.add(desc).add(hidden);
  po::variables_map vm;
  po::store(po::command_line_parser(argc, argv)
                .options(all)
                .positional(po::positional_options_description().add("word", -1))
                .run(),
            vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return false;
  }
  if (words.size() != 2) throw UsageError("give PROBLEM and SOURCE, once each (try --help)");
  args.problem = words[0];
  args.source = words[1];
  // Issue 18: a password in --redis shows in ps; $JUDGE_REDIS does not.
  if (const char* env = std::getenv("JUDGE_REDIS"); args.redis.empty() && env) args.redis = env;
  if (args.redis.empty() || args.problem.empty() || args.source.empty())
    throw UsageError("give --redis URL PROBLEM SOURCE (try --help)");
  if (!worker::safe_problem_name(args.problem))
    throw UsageError("PROBLEM must be 1 to 64 of letters, digits, '_' and '-'");
  if (!args.id.empty() && !worker::safe_job_id(args.id))
    throw UsageError("--id: 1 to 128 of letters, digits and ._:-");
  return true;
}

// The source, read without following a link, bounded.
std::string read_source(const std::string& path, std::uint64_t max) {
  base::UniqueFd fd = base::open_file(path);
  struct stat st {};
  if (!fd || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
    throw UsageError(path + ": not a regular file (links are not followed)");
  if (static_cast<std::uint64_t>(st.st_size) > max)
    throw UsageError(path + ": " + std::to_string(st.st_size) + " bytes, over --max-source");
  std::string text;
  char buffer[65536];
  for (long n; (n = base::read_some(fd.get(), buffer, sizeof buffer)) != 0;) {
    if (n < 0) throw UsageError(path + ": cannot read");
    text.append(buffer, static_cast<std::size_t>(n));
    if (text.size() > max) throw UsageError(path + ": over --max-source");
  }
  return text;
}

nlohmann::json make_job(const SubmitArgs& args) {
  nlohmann::json job{{"problem", args.problem}};
  std::string id = args.id;
  if (id.empty()) {
    std::random_device random;
    char hex[33];
    std::snprintf(hex, sizeof hex, "%08x%08x%08x%08x", random(), random(), random(), random());
    id = hex;
  }
  job["id"] = id;
  std::string language = args.language;
  if (language.empty()) {
    judge::Languages languages = judge::Languages::load(judge::Languages::default_files());
    const judge::Language* found = languages.detect(args.source);
    if (!found) throw UsageError(args.source + ": no language for its extension (give --language)");
    language = found->id;
  }
  job["language"] = language;
  std::string version = args.version;
  if (version.empty() && !args.problems_dir.empty()) {
    auto catalog = judge::batch::ProblemCatalog::from_dir(args.problems_dir);
    const auto* item = catalog.find(args.problem);
    if (!item || !item->error.empty())
      throw UsageError("--problems: no loadable problem '" + args.problem + "'");
    version = item->version;
  }
  if (!version.empty()) job["version"] = version;
  job["source"] = read_source(args.source, base::parse_size(args.max_source));
  try {
    (void)job.dump();  // refused here, not by the stream: JSON text must be UTF-8
  } catch (const nlohmann::json::type_error&) {
    throw UsageError(args.source + ": not UTF-8 text (a job carries its source as JSON text)");
  }
  return job;
}

// Waits for the job's done marker, then prints the record it points to. Returns the exit status.
int wait_for(worker::RedisClient& client, const worker::StreamNames& names, const std::string& id) {
  for (;;) {
    worker::Reply marker = client.checked({"GET", names.done("job:" + id)});
    if (!marker.is_nil()) {
      std::string stream = marker.str.substr(0, marker.str.find(' '));
      std::string entry = marker.str.substr(marker.str.find(' ') + 1);
      worker::Reply range = client.checked({"XRANGE", stream, entry, entry});
      if (range.elements.empty())
        throw std::runtime_error("the result " + entry + " was trimmed away");
      worker::StreamEntry record = worker::to_entry(range.elements[0]);
      if (stream == names.dead()) {
        nlohmann::json dead(nlohmann::json::object());
        for (const auto& [k, v] : record.fields) dead[k] = v;
        std::cout << dead.dump() << "\n";
        return kExitInternal;
      }
      const std::string* result = record.field("result");
      std::cout << (result ? *result : "{}") << "\n";
      auto parsed = nlohmann::json::parse(result ? *result : "{}", nullptr, false);
      return parsed.is_object() && parsed.value("verdict", "") == "AC" ? kExitOk : kExitVerdict;
    }
    // Wakes when any result comes (or after a second), then looks at the marker again.
    client.command({"XREAD", "BLOCK", "1000", "STREAMS", names.results(), "$"});
  }
}

}  // namespace

int cmd_submit(int argc, char** argv) {
  SubmitArgs args;
  nlohmann::json job;
  worker::RedisAddress address;
  try {
    if (!parse_submit_args(argc, argv, args)) return kExitOk;
    address = worker::parse_redis_url(args.redis);
    job = make_job(args);
  } catch (const std::exception& e) {
    return report_usage_error("submit", e);
  }
  try {
    worker::StreamNames names;
    names.prefix = args.prefix;
    worker::RedisClient client(address, std::chrono::milliseconds(15000));
    client.checked({"XADD", names.jobs(), "*", "job", job.dump()});
    if (!args.wait) {
      std::cout << job["id"].get<std::string>() << "\n";
      return kExitOk;
    }
    return wait_for(client, names, job["id"]);
  } catch (const std::exception& e) {
    std::cerr << "judge submit: " << e.what() << "\n";
    return kExitInternal;
  }
}

}  // namespace cli
