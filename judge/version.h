// The judge's version, from `git describe` when the build was configured (cmake/Version.cmake):
// `judge --version`, and `judge_version` in every JSON report so that a result can be traced to
// the judge that made it.
#pragma once

#include <string_view>

namespace judge {

std::string_view version();

}  // namespace judge
