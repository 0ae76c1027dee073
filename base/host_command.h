// A program of the host run outside any box, for the caller's own questions (asking a compiler
// driver where its parts are, say): only programs a trusted configuration names.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace base {

// Runs argv[0] (a path; no shell, no PATH search) in a session of its own, in /, with the
// environment PATH=/usr/bin:/bin LC_ALL=C only and stdin /dev/null. Its stdout and stderr
// together, when it exits 0 within `timeout` having written at most `max_output` bytes; else
// nullopt (the whole session is killed).
std::optional<std::string> run_host_command(
    const std::vector<std::string>& argv, std::size_t max_output = 64 << 10,
    std::chrono::milliseconds timeout = std::chrono::seconds(10));

}  // namespace base
