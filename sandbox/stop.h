// A way for the caller to end a running box from another thread (RunSpec::stop): two boxes that
// talk to each other, one of which decides that the other must go now.
#pragma once

#include <memory>

#include "base/fd.h"

namespace sandbox {

// An eventfd: stop() makes it readable for good, and every supervisor watching it kills its box
// (KillReason::Stopped, RunResult::stopped). A box started after stop() is killed as soon as its
// supervisor first looks. Thread-safe.
class StopHandle {
 public:
  StopHandle();  // throws SandboxError
  static std::shared_ptr<StopHandle> make() { return std::make_shared<StopHandle>(); }
  void stop();
  int fd() const { return fd_.get(); }

 private:
  base::UniqueFd fd_;
};

}  // namespace sandbox
