// SHA-256 as lowercase hex: the compile cache's keys and names.
#pragma once

#include <string>
#include <string_view>

namespace judge {

std::string sha256_hex(std::string_view data);

}  // namespace judge
