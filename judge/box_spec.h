// The RunSpec pieces every judge box shares: environment, working directory, the base.
#pragma once

#include "judge/language.h"
#include "sandbox/spec.h"

namespace judge {

// PATH, HOME=/box and the language's own variables; cwd /box.
sandbox::RunSpec base_spec(const Language& language);

}  // namespace judge
