// The texts a checker compares, read a piece at a time: checking never needs a whole output in
// the judge's memory (an output may be as large as the output limit, up to 1 GiB, and --jobs
// checks several at once).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "base/fd.h"

namespace judge {

class TextSource {
 public:
  virtual ~TextSource() = default;
  // The next piece of the text, valid until the next call; empty at the end. A source that fails
  // ends there too: its owner asks it afterwards (a checker only sees the text end).
  virtual std::string_view next() = 0;
};

// A text already in memory: one piece, or pieces of `piece_size` bytes (as a file is read: tests
// use small ones, so that lines and tokens span pieces).
class StringText final : public TextSource {
 public:
  explicit StringText(std::string_view text, std::size_t piece_size = std::string_view::npos)
      : text_(text), piece_size_(piece_size) {}
  std::string_view next() override {
    std::string_view piece = text_.substr(0, piece_size_);
    text_.remove_prefix(piece.size());
    return piece;
  }

 private:
  std::string_view text_;
  std::size_t piece_size_;
};

// A file, read in pieces of kPieceSize into one buffer, at most `limit` bytes: more is an error.
class FileText final : public TextSource {
 public:
  static constexpr std::size_t kPieceSize = 1 << 16;

  // Opens `path` (a final symlink is not followed). When it cannot, error() says why.
  FileText(const std::filesystem::path& path, std::uint64_t limit);
  std::string_view next() override;
  // Empty while the file reads well; otherwise why it cannot be read whole.
  const std::string& error() const { return error_; }

 private:
  base::UniqueFd fd_;
  std::uint64_t limit_;
  std::uint64_t total_ = 0;
  std::unique_ptr<char[]> buffer_;
  std::string error_;
};

}  // namespace judge
