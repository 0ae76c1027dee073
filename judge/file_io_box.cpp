#include "judge/file_io_box.h"

#include <sys/stat.h>

#include <algorithm>

#include "base/files.h"

namespace judge {
namespace fs = std::filesystem;

std::optional<std::string> add_file_io(const FileIo& io, const TestCase& test,
                                       const fs::path& collect_dir, sandbox::RunSpec& spec) {
  // Without an input file, the input is stdin: the sandbox refuses one that others may write
  // (sandbox/stdio.cpp), which the program could reopen for writing through /proc/self/fd/0.
  if (!io.input_file.empty()) {
    // The box's uid is nobody on the host: it reads the file by its mode for others. A file it
    // cannot read would fail the submission for the problem's fault.
    auto st = base::status_of(test.input, base::Links::Follow);
    if (!st || !S_ISREG(st->st_mode) || !(st->st_mode & S_IROTH))
      return "the input " + test.input.string() +
             " is not a regular file readable by others (chmod o+r): the box cannot read it";
    spec.rootfs.binds.push_back(
        {fs::absolute(test.input).string(), "/box/" + io.input_file, false});
    spec.stdin_stream.target = sandbox::Stream::Null{};
  }
  if (!io.output_file.empty()) {
    std::error_code ec;
    if (!fs::create_directory(collect_dir, ec))
      return "cannot create " + collect_dir.string() + ": " +
             (ec ? ec.message() : std::string("it already exists"));
    const std::uint64_t limit = *spec.limits.output;
    // One byte over the limit is taken out too: that is how a file over the limit is told from
    // one the box made uncollectable (a link, a FIFO).
    spec.collect = sandbox::Collect{{io.output_file}, collect_dir.string(), limit + 1, 1};
    spec.limits.disk = std::max(spec.limits.disk, limit + (1u << 20));
  }
  return std::nullopt;
}

OutputFileCheck take_output_file(const FileIo& io, const sandbox::RunResult& r,
                                 const fs::path& collect_dir, std::uint64_t output_limit,
                                 const fs::path& output) {
  OutputFileCheck out;
  // Made by the box's init, in a directory only it and the judge could write: a regular file.
  fs::path taken = collect_dir / io.output_file;
  auto st = base::status_of(taken, base::Links::NoFollow);
  if (!st || !S_ISREG(st->st_mode)) {
    out.verdict = Verdict::WA;
    out.message =
        r.collect_skipped > 0
            ? io.output_file + " is not a regular file (a link, FIFO or directory): not read"
            : "no output file " + io.output_file;
    return out;
  }
  if (static_cast<std::uint64_t>(st->st_size) > output_limit) {
    out.verdict = Verdict::OLE;
    out.message = io.output_file + " is larger than the output limit";
    return out;
  }
  std::error_code ec;
  fs::rename(taken, output, ec);
  if (ec) {
    out.verdict = Verdict::IE;
    out.message = "cannot move " + taken.string() + " to " + output.string() + ": " + ec.message();
  }
  return out;
}

}  // namespace judge
