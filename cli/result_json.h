// The sandbox's result record as JSON and as text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "sandbox/result.h"

namespace cli {

nlohmann::json to_json(const sandbox::RunResult& r);
std::string to_text(const sandbox::RunResult& r);

}  // namespace cli
