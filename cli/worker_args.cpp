#include "cli/worker_args.h"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>

#include "base/cpus.h"
#include "base/units.h"
#include "cli/usage_error.h"
#include "judge/artifact_cache.h"
#include "judge/worker/job.h"

namespace po = boost::program_options;

namespace cli {
namespace {

void add_worker_options(po::options_description& desc, WorkerArgs& args) {
  desc.add_options()(
      "redis", po::value(&args.redis),
      "redis://[user:password@]host:port[/db] or unix:///path.sock[?db=N] (required; default "
      "$JUDGE_REDIS)")("problems", po::value(&args.problems_dir),
                       "the problems by name: DIR/<name>/problem.toml (required)")(
      "jobs,j", po::value(&args.jobs),
      "jobs graded at once, each pinned to a CPU (default: the CPUs allowed)")(
      "consumer", po::value(&args.consumer), "this worker's name in the group (default: HOST-PID)")(
      "prefix", po::value(&args.prefix),
      "the keys' prefix: PREFIX:jobs, PREFIX:results, ... (default judge)")(
      "visibility-timeout", po::value(&args.visibility_timeout),
      "a job whose worker is silent this long is taken over (default 60s)")(
      "max-deliveries", po::value(&args.max_deliveries),
      "a job delivered more often goes to the dead letters (default 3)")(
      "max-source", po::value(&args.max_source), "the largest source accepted (default 256KiB)")(
      "heartbeat", po::value(&args.heartbeat),
      "how often the worker says it is alive (default 5s)")(
      "done-ttl", po::value(&args.done_ttl),
      "seconds a job's done marker lives (default 604800: 7 days)")(
      "max-len", po::value(&args.max_len),
      "approximate MAXLEN of the results stream (default 100000)")(
      "events", po::bool_switch(&args.events), "per-test progress on PREFIX:events")(
      "languages", po::value(&args.language_files), "extra languages file (repeatable)")(
      "cache-dir", po::value(&args.cache_dir), "compiled programs (default /var/cache/judge)")(
      "cache-max", po::value(&args.cache_max), "the cache's disk space (default 4GiB)")(
      "help,h", "this help");
  add_host_options(desc, args.host);
}

std::chrono::milliseconds duration_option(const std::string& name, const std::string& text) {
  try {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(base::parse_duration(text));
    if (ms.count() <= 0) throw std::invalid_argument("must be positive");
    return ms;
  } catch (const std::exception& e) {
    throw UsageError("--" + name + ": " + e.what());
  }
}

std::uint64_t size_option(const std::string& name, const std::string& text) {
  try {
    return base::parse_size(text);
  } catch (const std::exception& e) {
    throw UsageError("--" + name + ": " + e.what());
  }
}

std::string default_consumer() {
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  return std::string(host) + "-" + std::to_string(::getpid());
}

}  // namespace

bool parse_worker_args(int argc, char** argv, WorkerArgs& args) {
  po::options_description desc("judge worker --redis URL --problems DIR [options]");
  add_worker_options(desc, args);
  po::variables_map vm;
  po::store(po::parse_command_line(argc, argv, desc), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return false;
  }
  // Issue 18: the URL may carry a password, which the command line shows to every user (ps): the
  // systemd unit passes it in the environment instead.
  if (const char* env = std::getenv("JUDGE_REDIS"); args.redis.empty() && env) args.redis = env;
  if (args.redis.empty())
    throw UsageError("--redis URL (or $JUDGE_REDIS) is required (try --help)");
  if (args.problems_dir.empty()) throw UsageError("--problems DIR is required (try --help)");
  if (args.jobs < 0 || args.jobs > 1024) throw UsageError("--jobs must be in 1..1024");
  if (args.jobs == 0) args.jobs = static_cast<int>(base::allowed_cpus().size());
  if (args.max_deliveries < 1) throw UsageError("--max-deliveries must be at least 1");
  if (args.max_len < 1) throw UsageError("--max-len must be at least 1");
  return true;
}

judge::worker::WorkerConfig make_worker_config(const WorkerArgs& args) {
  judge::worker::WorkerConfig config;
  try {
    config.redis = judge::worker::parse_redis_url(args.redis);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--redis: ") + e.what());
  }
  if (!judge::worker::safe_job_id(args.prefix))
    throw UsageError("--prefix: letters, digits and ._:- only");
  config.names.prefix = args.prefix;
  config.consumer = args.consumer.empty() ? default_consumer() : args.consumer;
  if (!judge::worker::safe_job_id(config.consumer))
    throw UsageError("--consumer: 1 to 128 of letters, digits and ._:-");
  config.jobs = static_cast<unsigned>(args.jobs);
  config.visibility_timeout = duration_option("visibility-timeout", args.visibility_timeout);
  config.heartbeat = duration_option("heartbeat", args.heartbeat);
  if (config.heartbeat * 2 > config.visibility_timeout)
    throw UsageError("--heartbeat must be at most half of --visibility-timeout");
  config.max_deliveries = args.max_deliveries;
  config.max_source = size_option("max-source", args.max_source);
  if (args.done_ttl < 1) throw UsageError("--done-ttl must be at least 1 second");
  config.finish.marker_ttl_seconds = args.done_ttl;
  config.finish.max_len = args.max_len;
  config.events = args.events;
  return config;
}

judge::worker::WorkerInputs load_worker_inputs(const WorkerArgs& args) {
  judge::worker::WorkerInputs inputs;
  inputs.cache_max_bytes = args.cache_max.empty() ? judge::ArtifactCache::kDefaultMaxBytes
                                                  : size_option("cache-max", args.cache_max);
  inputs.cache_dir = args.cache_dir.empty() ? judge::ArtifactCache::default_root()
                                            : std::filesystem::path(args.cache_dir);
  inputs.problems = judge::batch::ProblemCatalog::from_dir(args.problems_dir);
  std::vector<std::filesystem::path> files = judge::Languages::default_files();
  files.insert(files.end(), args.language_files.begin(), args.language_files.end());
  inputs.languages = judge::Languages::load(files);
  return inputs;
}

}  // namespace cli
