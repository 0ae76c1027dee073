#include "tests/worker/redis_server.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

namespace test {
namespace fs = std::filesystem;

RedisServer::RedisServer(fs::path dir) : dir_(std::move(dir)) {
  start();
}

RedisServer::~RedisServer() {
  stop();
}

void RedisServer::start() {
  std::vector<std::string> args{"/usr/bin/redis-server",
                                "--port",
                                "0",
                                "--unixsocket",
                                socket().string(),
                                "--dir",
                                dir_.string(),
                                "--appendonly",
                                "yes",
                                "--save",
                                "",
                                "--logfile",
                                (dir_ / "redis.log").string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  if (posix_spawn(&pid_, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
    throw std::runtime_error("cannot start redis-server");
  // Ready when it answers; polled, with a generous deadline for a loaded host.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  for (;;) {
    try {
      client()->checked({"PING"});
      // Loading the append-only file answers -LOADING until done.
      return;
    } catch (const std::exception&) {
      if (std::chrono::steady_clock::now() > deadline)
        throw std::runtime_error("redis-server did not come up");
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
}

void RedisServer::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
}

std::unique_ptr<judge::worker::RedisClient> RedisServer::client() const {
  judge::worker::RedisAddress address;
  address.socket = socket().string();
  return std::make_unique<judge::worker::RedisClient>(address, std::chrono::milliseconds(30000));
}

}  // namespace test
