// The standard testlib checkers (Polygon's std::*.cpp) that mean what a built-in checker means,
// mapped onto it; the others are refused by name (docs/package-formats.md).
#pragma once

#include <string>

#include "judge/problem.h"

namespace judge {

// `name` as Polygon writes it ("std::wcmp.cpp") or bare ("wcmp"). Throws InputError "WHERE: ..."
// for a standard checker with no built-in equivalent, or an unknown name.
CheckerSpec standard_testlib_checker(const std::string& name, const std::string& where);

}  // namespace judge
