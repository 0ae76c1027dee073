#include "sandbox/slots.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

#include "sandbox/error.h"

namespace sandbox {

SlotLease::~SlotLease() {
  if (owner_) owner_->release(index_);
}
uid_t SlotLease::init_host_id() const {
  return owner_->base_id() + 2 * index_;
}
uid_t SlotLease::program_host_id() const {
  return owner_->base_id() + 2 * index_ + 1;
}

Slots::Slots(std::string dir, uid_t base_id, unsigned count)
    : dir_(std::move(dir)), base_id_(base_id), count_(count) {
  if (::mkdir(dir_.c_str(), 0700) != 0 && errno != EEXIST) throw_errno("cannot create " + dir_);
}

SlotLease Slots::acquire() {
  std::lock_guard lock(mutex_);
  if (!free_.empty()) {
    unsigned index = free_.back().first;
    held_.emplace_back(index, std::move(free_.back().second));
    free_.pop_back();
    return SlotLease(this, index);
  }
  for (unsigned tried = 0; tried < count_; ++tried) {
    unsigned index = (next_ + tried) % count_;
    std::string path = dir_ + "/slot-" + std::to_string(index);
    base::UniqueFd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!fd) throw_errno("cannot open " + path);
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) continue;  // another judge or run has it
    next_ = index + 1;
    held_.emplace_back(index, std::move(fd));
    return SlotLease(this, index);
  }
  throw SandboxError("all " + std::to_string(count_) + " box slots in " + dir_ + " are in use");
}

void Slots::release(unsigned index) {
  std::lock_guard lock(mutex_);
  for (auto it = held_.begin(); it != held_.end(); ++it) {
    if (it->first == index) {
      free_.emplace_back(index, std::move(it->second));
      held_.erase(it);
      return;
    }
  }
}

}  // namespace sandbox
