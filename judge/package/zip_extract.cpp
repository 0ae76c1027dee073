#include "judge/package/zip_extract.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <memory>

#include "base/fd.h"
#include "base/files.h"
#include "judge/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// libarchive's message, which may be null.
std::string error_of(archive* a) {
  const char* message = archive_error_string(a);
  return message ? message : "unknown error";
}

struct ArchiveFree {
  void operator()(archive* a) const { archive_read_free(a); }
};

class Extractor {
 public:
  Extractor(const fs::path& zip, const fs::path& dir, const ZipBounds& bounds)
      : zip_(zip), dir_(dir), bounds_(bounds) {}
  void run();

 private:
  [[noreturn]] void fail(const std::string& entry, const std::string& message) const {
    throw InputError(zip_.string() + (entry.empty() ? "" : ": entry '" + entry + "'") + ": " +
                     message);
  }
  fs::path checked_path(const std::string& name) const;
  void make_dirs(const fs::path& relative);
  void write_file(archive* a, const std::string& name, const fs::path& relative);
  std::uint64_t allowed_bytes() const;

  fs::path zip_, dir_;
  ZipBounds bounds_;
  std::uint64_t zip_size_ = 0, written_ = 0;
};

fs::path Extractor::checked_path(const std::string& name) const {
  if (name.empty() || name.front() == '/') fail(name, "an absolute or empty path");
  fs::path relative;
  for (const auto& part : fs::path(name)) {
    if (part == "..") fail(name, "a path with '..'");
    if (part.empty() || part == ".") continue;
    relative /= part;
  }
  if (relative.empty()) fail(name, "an empty path");
  return relative;
}

void Extractor::make_dirs(const fs::path& relative) {
  fs::path at = dir_;
  for (const auto& part : relative) {
    at /= part;
    if (base::is_dir_at(AT_FDCWD, at.c_str())) continue;
    if (int err = base::make_dir(at, 0755))
      fail(relative.string(), "cannot make a directory: " + std::string(strerror(err)));
  }
}

std::uint64_t Extractor::allowed_bytes() const {
  std::uint64_t by_ratio = bounds_.ratio_free_bytes + bounds_.max_ratio * zip_size_;
  return std::min(bounds_.max_total_bytes, by_ratio);
}

void Extractor::write_file(archive* a, const std::string& name, const fs::path& relative) {
  if (relative.has_parent_path()) make_dirs(relative.parent_path());
  fs::path path = dir_ / relative;
  base::UniqueFd fd(
      ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
  if (!fd) fail(name, errno == EEXIST ? "a second entry of that name" : "cannot be written");
  ::fchmod(fd.get(), 0644);
  char buffer[1 << 16];
  for (;;) {
    la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
    if (n < 0) fail(name, std::string("damaged: ") + error_of(a));
    if (n == 0) break;
    written_ += static_cast<std::uint64_t>(n);
    if (written_ > allowed_bytes())
      fail(name, "the zip unpacks to more than " + std::to_string(allowed_bytes()) +
                     " bytes (a zip bomb?)");
    for (la_ssize_t off = 0; off < n;) {
      ssize_t w = ::write(fd.get(), buffer + off, static_cast<std::size_t>(n - off));
      if (w < 0) fail(name, std::string("cannot be written: ") + strerror(errno));
      off += w;
    }
  }
}

void Extractor::run() {
  std::error_code ec;
  zip_size_ = fs::file_size(zip_, ec);
  if (ec) fail("", "cannot be read: " + ec.message());
  std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
  archive_read_support_format_zip(a.get());
  archive_read_support_filter_none(a.get());
  if (archive_read_open_filename(a.get(), zip_.c_str(), 1 << 16) != ARCHIVE_OK)
    fail("", std::string("not a zip: ") + error_of(a.get()));
  std::uint64_t entries = 0;
  archive_entry* entry = nullptr;
  for (int r; (r = archive_read_next_header(a.get(), &entry)) != ARCHIVE_EOF;) {
    if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
      fail("", std::string("damaged: ") + error_of(a.get()));
    const char* raw = archive_entry_pathname(entry);
    std::string name = raw ? raw : "";
    if (++entries > bounds_.max_entries)
      fail("", "more than " + std::to_string(bounds_.max_entries) + " entries");
    fs::path relative = checked_path(name);
    if (archive_entry_hardlink(entry) || archive_entry_symlink(entry))
      fail(name, "a link (a package's zip holds files and directories only)");
    mode_t type = archive_entry_filetype(entry);
    if (type == AE_IFDIR)
      make_dirs(relative);
    else if (type == AE_IFREG)
      write_file(a.get(), name, relative);
    else
      fail(name, "not a regular file or a directory");
  }
}

}  // namespace

void extract_zip(const fs::path& zip, const fs::path& dir, const ZipBounds& bounds) {
  Extractor(zip, dir, bounds).run();
}

}  // namespace judge
