// The forward pump's pending bytes: first in, first out, and forwarding moves each byte a bounded
// number of times (consuming from the front of a string moved the whole rest on every write:
// quadratic in the pending bound).
#include "sandbox/byte_queue.h"

#include <gtest/gtest.h>

#include <string>

namespace {

TEST(ByteQueue, FirstInFirstOut) {
  sandbox::ByteQueue q;
  EXPECT_TRUE(q.empty());
  q.append("hello ", 6);
  q.append("world", 5);
  EXPECT_EQ(q.front(), "hello world");
  q.consume(2);
  EXPECT_EQ(q.front(), "llo world");
  q.consume(5);  // more consumed than left: compacts
  EXPECT_EQ(q.front(), "orld");
  q.append("!", 1);
  EXPECT_EQ(q.front(), "orld!");
  q.consume(5);
  EXPECT_TRUE(q.empty());
  q.append("x", 1);
  q.clear();
  EXPECT_EQ(q.size(), 0u);
}

// The pump's pattern: up to 1 MiB pending (kPendingLimit), filled by reads of up to 64 KiB, emptied
// by writes of PIPE_BUF (4 KiB) to a pipe. Bytes moved stay within the bytes forwarded; a front
// erase per write would move about 1 MiB per 4 KiB (256 times as many), which this catches
// deterministically, without timing.
TEST(ByteQueue, ForwardingMovesEachByteAtMostOnceOnAverage) {
  constexpr std::size_t kLimit = 1 << 20, kRead = 1 << 16, kWrite = 4096;
  constexpr std::uint64_t kTotal = std::uint64_t{64} << 20;
  sandbox::ByteQueue q;
  std::string piece(kRead, '\0');
  std::uint64_t appended = 0, consumed = 0;
  auto byte_at = [](std::uint64_t i) {
    return static_cast<char>(i % 251);
  };  // spots lost or reordered bytes
  while (consumed < kTotal) {
    while (appended < kTotal && q.size() + kRead <= kLimit) {
      for (std::size_t i = 0; i < kRead; ++i) piece[i] = byte_at(appended + i);
      q.append(piece.data(), piece.size());
      appended += kRead;
    }
    // A few writes between reads, as poll reports the pipe writable.
    for (int w = 0; w < 4 && !q.empty(); ++w) {
      std::size_t n = std::min(kWrite, q.size());
      auto front = q.front();
      ASSERT_EQ(front[0], byte_at(consumed));
      ASSERT_EQ(front[n - 1], byte_at(consumed + n - 1));
      q.consume(n);
      consumed += n;
    }
  }
  EXPECT_TRUE(q.empty());
  EXPECT_LE(q.bytes_moved(), consumed);
}

}  // namespace
