#include "judge/check_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "sandbox/fd.h"

namespace judge {
namespace {

// Reads at most `limit` bytes; the judge's memory stays bounded by the output limit.
std::optional<std::string> read_bounded(const std::filesystem::path& path, std::uint64_t limit) {
  sandbox::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
  if (!fd) return std::nullopt;
  std::string data;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) break;
    if (data.size() + static_cast<std::size_t>(n) > limit) return std::nullopt;
    data.append(buf, static_cast<std::size_t>(n));
  }
  return data;
}

}  // namespace

OutputCheck check_output(const CheckerSpec& spec, const std::filesystem::path& output, std::uint64_t output_limit,
                         const std::filesystem::path& answer) {
  auto out = read_bounded(output, output_limit);
  auto ans = read_bounded(answer, std::uint64_t{1} << 31);
  if (!out || !ans) return {std::nullopt, !out ? "cannot read the program's output" : "cannot read " + answer.string()};
  return {check(spec, *out, *ans), ""};
}

}  // namespace judge
