// A Redis server, a problems folder and `judge worker` processes for one test, all removed after.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/worker/redis_server.h"

namespace test {

// Results on judge:results, by job id, in stream order.
using Results = std::map<std::string, std::vector<nlohmann::json>>;

class WorkerTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Starts `judge worker` as `consumer` (replacing a dead one of that name) and waits for its
  // heartbeat key.
  pid_t start_worker(const std::string& consumer, std::vector<std::string> extra = {});
  // SIGKILL, waited for.
  void kill_worker(const std::string& consumer);
  // SIGTERM; the exit status (-1 when a signal ended it).
  int stop_worker(const std::string& consumer);

  // XADD of a job object; returns the entry id.
  std::string add_job(const nlohmann::json& job);
  nlohmann::json job_for(const std::string& id, const std::string& problem,
                         const std::filesystem::path& source, const std::string& language);
  Results results();
  // Polls `done` (20 ms apart) until true or the deadline; false at the deadline.
  bool wait_until(const std::function<bool()>& done,
                  std::chrono::seconds deadline = std::chrono::seconds(240));
  // A source file in the test's directory.
  std::filesystem::path write_source(const std::string& name, const std::string& text);

  std::filesystem::path dir_, problems_, work_, cache_;
  std::unique_ptr<RedisServer> redis_;
  std::string redis_url_;  // what workers are given: redis_'s, unless a test changes it
  std::unique_ptr<judge::worker::RedisClient> client_;
  std::map<std::string, pid_t> workers_;  // alive, by consumer
  std::vector<pid_t> started_;            // every worker ever started, for the leftover check
};

}  // namespace test
