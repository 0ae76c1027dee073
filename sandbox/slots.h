// Box slots: each concurrent box gets its own host uids/gids, so boxes never share an identity,
// even across judge processes. A slot is held with flock on a file in the state directory.
#pragma once

#include <sys/types.h>

#include <mutex>
#include <string>
#include <vector>

#include "base/fd.h"

namespace sandbox {

class Slots;

class SlotLease {
 public:
  SlotLease(Slots* owner, unsigned index) : owner_(owner), index_(index) {}
  SlotLease(SlotLease&& other) noexcept : owner_(other.owner_), index_(other.index_) {
    other.owner_ = nullptr;
  }
  SlotLease(const SlotLease&) = delete;
  SlotLease& operator=(const SlotLease&) = delete;
  ~SlotLease();
  // Two host ids per slot, each used as uid and gid: the box's init runs as the first (root inside
  // the box), the program and everything it starts as the second (Plan::box_uid inside), so that
  // the program cannot signal, trace or re-limit its init. Host ids, never ids inside the box.
  uid_t init_host_id() const;
  uid_t program_host_id() const;

 private:
  Slots* owner_;
  unsigned index_;
};

class Slots {
 public:
  Slots(std::string dir, uid_t base_id, unsigned count);
  // Throws SandboxError when all `count` slots are busy.
  SlotLease acquire();
  uid_t base_id() const { return base_id_; }

 private:
  friend class SlotLease;
  void release(unsigned index);

  std::string dir_;
  uid_t base_id_;
  unsigned count_;
  std::mutex mutex_;
  // Slots this process holds (their lock fds): in use by a run, or kept for the next one.
  std::vector<std::pair<unsigned, base::UniqueFd>> held_;
  std::vector<std::pair<unsigned, base::UniqueFd>> free_;
  unsigned next_ = 0;
};

}  // namespace sandbox
