#include "judge/worker/reclaim.h"

namespace judge::worker {

std::optional<Claimed> Reclaimer::claim_one(RedisClient& client) {
  Reply reply = client.checked({"XAUTOCLAIM", names_.jobs(), names_.group(), consumer_,
                                std::to_string(idle_.count()), cursor_, "COUNT", "1"});
  if (reply.type != Reply::Type::Array || reply.elements.size() < 2) return std::nullopt;
  cursor_ = reply.elements[0].str;
  const Reply& entries = reply.elements[1];
  if (entries.elements.empty()) return std::nullopt;
  Claimed claimed;
  claimed.entry = to_entry(entries.elements[0]);
  // An entry trimmed from the stream has nothing to grade: Redis 7 takes it out of the pending
  // list itself and reports it apart (the third element), so it is simply skipped here.
  if (claimed.entry.id.empty()) return std::nullopt;
  claimed.deliveries = deliveries(client, claimed.entry.id);
  return claimed;
}

long long Reclaimer::deliveries(RedisClient& client, const std::string& id) {
  Reply reply = client.checked({"XPENDING", names_.jobs(), names_.group(), id, id, "1"});
  if (reply.elements.empty() || reply.elements[0].elements.size() < 4) return 1;
  return reply.elements[0].elements[3].integer;
}

}  // namespace judge::worker
