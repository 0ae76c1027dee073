#include "judge/communication_run.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <thread>

#include "judge/errors.h"
#include "judge/interaction_pair.h"

namespace judge {
namespace {

// One direction of a channel, mode 0666: a box reopens its end by name (/dev/fd/N) as a user that
// is not the judge. Only the two boxes that hold an end can name it.
SharedPipe channel_pipe() {
  SharedPipe p = shared_pipe();
  if (::fchmod(p.read->get(), 0666) != 0) throw JudgeError("cannot open a pipe to the boxes");
  return p;
}

struct Channel {
  SharedPipe to_copy, from_copy;
};

// Copy i's ends: as its stdin and stdout, or as its fds 3 and 4; the manager's as its 3+2i, 4+2i.
void wire(const Channel& c, sandbox::RunSpec& copy, sandbox::RunSpec& manager, ManagerSpec::Io io) {
  if (io == ManagerSpec::Io::Stdio) {
    copy.stdin_stream.target = sandbox::Stream::Given{c.to_copy.read};
    copy.stdout_stream.target = sandbox::Stream::Given{c.from_copy.write};
  } else {
    copy.extra_fds = {c.to_copy.read, c.from_copy.write};
  }
  manager.extra_fds.push_back(c.from_copy.read);
  manager.extra_fds.push_back(c.to_copy.write);
}

// A run that failed before its box took them leaves its fds here: the other side must see EOF.
void drop(const std::vector<SharedFd>& fds) {
  for (const SharedFd& fd : fds) fd->reset();
}

}  // namespace

bool copy_failed(const sandbox::RunResult& copy) {
  if (copy.stopped) return false;
  return copy.status != sandbox::Status::OK || copy.ended_ns == 0;
}

GroupRun run_group(sandbox::Sandbox& sandbox, sandbox::RunSpec manager,
                   std::vector<sandbox::RunSpec> copies, ManagerSpec::Io io) {
  std::vector<Channel> channels;
  std::vector<std::vector<SharedFd>> copy_ends;
  for (sandbox::RunSpec& copy : copies) {
    channels.push_back({channel_pipe(), channel_pipe()});
    wire(channels.back(), copy, manager, io);
    copy_ends.push_back({channels.back().to_copy.read, channels.back().from_copy.write});
  }
  auto manager_stop = sandbox::StopHandle::make(), copies_stop = sandbox::StopHandle::make();
  manager.stop = manager_stop;
  GroupRun out;
  out.copies.resize(copies.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < copies.size(); ++i) {
    copies[i].stop = copies_stop;
    threads.emplace_back([&, i] {
      out.copies[i] = sandbox.run(copies[i]);
      drop(copy_ends[i]);
      if (copy_failed(out.copies[i])) {
        manager_stop->stop();
        copies_stop->stop();
      }
    });
  }
  out.manager = sandbox.run(manager);
  drop(manager.extra_fds);
  copies_stop->stop();  // the manager is gone: nobody is left to talk to
  for (std::thread& t : threads) t.join();
  return out;
}

}  // namespace judge
