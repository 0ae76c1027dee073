// Bytes read and not yet written: appended at the back, consumed from the front.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sandbox {

// Consuming from the front of a string with erase() moves everything behind on every write: with
// 1 MiB pending and 4 KiB writes to a pipe, 256 bytes moved per byte forwarded (forwarding 512 MiB
// cost the judge 2.5 s of CPU). Here consuming advances an offset, and what is left moves down to
// the start only once the consumed prefix is at least as large as it: each move is paid for by as
// many bytes consumed since the last one, so bytes moved <= bytes consumed. The storage stays
// below twice what is queued (the consumed prefix is smaller than the rest).
class ByteQueue {
 public:
  std::size_t size() const { return buffer_.size() - head_; }
  bool empty() const { return size() == 0; }
  // What is queued, valid until the next change.
  std::string_view front() const { return std::string_view(buffer_).substr(head_); }
  void append(const char* data, std::size_t size) { buffer_.append(data, size); }
  // Drops the first `count` bytes (at most size()).
  void consume(std::size_t count);
  void clear();
  // Bytes moved to compact so far: what the tests hold to O(bytes consumed).
  std::uint64_t bytes_moved() const { return moved_; }

 private:
  std::string buffer_;
  std::size_t head_ = 0;  // consumed bytes at the start of buffer_
  std::uint64_t moved_ = 0;
};

}  // namespace sandbox
