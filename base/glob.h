// File name patterns: '*' (any run of characters, '/' and a leading '.' included) and '?' (any one
// character). No character classes, no escapes. No allocation: the box's init matches with it.
#pragma once

namespace base {

bool glob_match(const char* pattern, const char* name);

}  // namespace base
