#include "cli/stop_signals.h"

#include <pthread.h>
#include <unistd.h>

#include <cstdlib>

namespace cli {

StopSignals::StopSignals(std::atomic<bool>& stop) : stop_(stop) {
  sigemptyset(&set_);
  sigaddset(&set_, SIGINT);
  sigaddset(&set_, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set_, &old_);
  watcher_ = std::thread([this] { watch(); });
}

StopSignals::~StopSignals() {
  done_ = true;
  watcher_.join();
  // A signal that came after the work ended stays pending and acts when unblocked: the process
  // then ends with that signal, as it asked.
  pthread_sigmask(SIG_SETMASK, &old_, nullptr);
}

void StopSignals::watch() {
  const timespec tick{0, 100'000'000};  // how soon the destructor is noticed
  while (!done_) {
    int sig = sigtimedwait(&set_, nullptr, &tick);
    if (sig <= 0) continue;
    if (received_) std::_Exit(128 + sig);
    received_ = sig;
    stop_ = true;
  }
}

}  // namespace cli
