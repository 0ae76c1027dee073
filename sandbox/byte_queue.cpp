#include "sandbox/byte_queue.h"

namespace sandbox {

void ByteQueue::consume(std::size_t count) {
  head_ += count;
  if (head_ >= buffer_.size()) {
    clear();
  } else if (head_ >= buffer_.size() - head_) {
    moved_ += buffer_.size() - head_;
    buffer_.erase(0, head_);
    head_ = 0;
  }
}

void ByteQueue::clear() {
  buffer_.clear();
  head_ = 0;
}

}  // namespace sandbox
