#include "judge/text_source.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "base/files.h"

namespace judge {
namespace {

std::string too_large(std::uint64_t limit) {
  return "larger than " + std::to_string(limit) + " bytes";
}

}  // namespace

FileText::FileText(const std::filesystem::path& path, std::uint64_t limit)
    : fd_(base::open_file(path)), limit_(limit) {
  if (!fd_) {
    error_ = std::strerror(errno);
    return;
  }
  // Said at once when the size shows it, rather than after a mismatch found on the way.
  auto st = base::status_of(fd_.get());
  if (st && S_ISREG(st->st_mode) && static_cast<std::uint64_t>(st->st_size) > limit_) {
    error_ = too_large(limit_);
    fd_.reset();
    return;
  }
  buffer_ = std::make_unique_for_overwrite<char[]>(kPieceSize);
}

std::string_view FileText::next() {
  if (!fd_) return {};
  long n = base::read_some(fd_.get(), buffer_.get(), kPieceSize);
  if (n < 0) error_ = std::strerror(errno);
  if (n > 0 && (total_ += static_cast<std::uint64_t>(n)) > limit_) error_ = too_large(limit_);
  if (n <= 0 || !error_.empty()) {
    fd_.reset();
    return {};
  }
  return {buffer_.get(), static_cast<std::size_t>(n)};
}

}  // namespace judge
