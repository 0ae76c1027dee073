#include "judge/box_spec.h"

namespace judge {

sandbox::RunSpec base_spec(const Language& language) {
  sandbox::RunSpec spec;
  spec.env = {"PATH=/usr/bin:/bin", "HOME=/box"};
  spec.env.insert(spec.env.end(), language.env.begin(), language.env.end());
  spec.cwd = "/box";
  spec.seccomp = sandbox::SeccompMode::Errno;
  return spec;
}

}  // namespace judge
