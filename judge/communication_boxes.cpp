#include "judge/communication_boxes.h"

#include "judge/box_spec.h"
#include "judge/interaction_boxes.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr const char* kManagerInBox = "/judge/manager";

std::string fd_name(int fd) {
  return "/dev/fd/" + std::to_string(fd);
}

}  // namespace

int manager_from_copy_fd(unsigned copy) {
  return 3 + 2 * static_cast<int>(copy);
}

int manager_to_copy_fd(unsigned copy) {
  return 4 + 2 * static_cast<int>(copy);
}

sandbox::RunSpec copy_spec(const TestRun& run, unsigned index) {
  const ManagerSpec& manager = *run.problem.manager;
  sandbox::RunSpec spec = interactive_program_spec(run);
  if (manager.io == ManagerSpec::Io::Fifo) {
    spec.argv.push_back(fd_name(kCopyFromManagerFd));
    spec.argv.push_back(fd_name(kCopyToManagerFd));
  }
  // CMS gives the index with either io, once there is more than one copy.
  if (manager.processes > 1) spec.argv.push_back(std::to_string(index));
  return spec;
}

sandbox::RunSpec manager_spec(const PreparedChecker& manager, const fs::path& input,
                              unsigned processes, std::chrono::microseconds copies_wall) {
  sandbox::RunSpec spec = base_spec(manager.language.value_or(Language{}));
  spec.limits = sandbox::with_defaults(manager.program->limits);
  spec.limits.wall_time = *spec.limits.wall_time + copies_wall;
  // Compiled: its language's command over its layer; built: the program bound in.
  const bool compiled = manager.language.has_value();
  spec.argv = compiled ? manager.language->run_command(*spec.limits.memory)
                       : std::vector<std::string>{kManagerInBox};
  if (compiled)
    spec.rootfs.layers = {manager.layer.string()};
  else
    spec.rootfs.binds.push_back(
        {fs::absolute(manager.program->program).string(), kManagerInBox, false});
  for (unsigned i = 0; i < processes; ++i) {
    spec.argv.push_back(fd_name(manager_from_copy_fd(i)));
    spec.argv.push_back(fd_name(manager_to_copy_fd(i)));
  }
  spec.argv.insert(spec.argv.end(), manager.program->args.begin(), manager.program->args.end());
  spec.stdin_stream.target = sandbox::Stream::Path{fs::absolute(input).string()};
  spec.stdout_stream.target = sandbox::Stream::Capture{kCheckerMessageBytes};
  spec.stderr_stream.target = sandbox::Stream::Capture{kCheckerMessageBytes};
  return spec;
}

}  // namespace judge
