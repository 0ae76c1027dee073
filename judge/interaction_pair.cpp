#include "judge/interaction_pair.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <memory>
#include <thread>

#include "judge/errors.h"

namespace judge {
namespace {

// The program ended after the interactor: it was stopped for it, or wrote into the pipe the
// interactor had left (SIGPIPE), or was seen to end later. An interactor that wrote into the pipe
// the program had left (SIGPIPE) came after it, whenever its supervisor saw which end.
bool interactor_ended_first(const sandbox::RunResult& program,
                            const sandbox::RunResult& interactor) {
  if (interactor.signal == SIGPIPE) return false;
  if (program.stopped || program.signal == SIGPIPE) return true;
  return interactor.ended_ns != 0 && program.ended_ns != 0 &&
         interactor.ended_ns < program.ended_ns;
}

}  // namespace

SharedPipe shared_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw JudgeError("cannot make a pipe between the boxes");
  return {std::make_shared<base::UniqueFd>(fds[0]), std::make_shared<base::UniqueFd>(fds[1])};
}

PairRun run_pair(sandbox::Sandbox& sandbox, sandbox::RunSpec program, sandbox::RunSpec interactor,
                 const std::function<bool(const sandbox::RunResult&)>& accepted) {
  SharedPipe to_program = shared_pipe(), to_interactor = shared_pipe();
  program.stdin_stream.target = sandbox::Stream::Given{to_program.read};
  program.stdout_stream.target = sandbox::Stream::Given{to_interactor.write};
  interactor.stdin_stream.target = sandbox::Stream::Given{to_interactor.read};
  interactor.stdout_stream.target = sandbox::Stream::Given{to_program.write};
  program.stop = sandbox::StopHandle::make();
  interactor.stop = sandbox::StopHandle::make();

  PairRun out;
  std::thread interactor_thread([&] {
    out.interactor = sandbox.run(interactor);
    // A run that failed before its box took them leaves its fds here: the other box must see EOF.
    to_interactor.read->reset();
    to_program.write->reset();
    if (!accepted(out.interactor)) program.stop->stop();
  });
  out.program = sandbox.run(program);
  to_program.read->reset();
  to_interactor.write->reset();
  if (out.program.ended_ns == 0) interactor.stop->stop();  // it never started: nobody to talk to
  interactor_thread.join();
  out.interactor_first = interactor_ended_first(out.program, out.interactor);
  return out;
}

}  // namespace judge
