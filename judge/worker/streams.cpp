#include "judge/worker/streams.h"

namespace judge::worker {

void ensure_group(RedisClient& client, const StreamNames& names) {
  Reply reply = client.command({"XGROUP", "CREATE", names.jobs(), names.group(), "0", "MKSTREAM"});
  if (reply.is_error() && reply.str.rfind("BUSYGROUP", 0) != 0)
    throw RedisReplyError("XGROUP CREATE: " + reply.str);
}

const std::string* StreamEntry::field(const std::string& name) const {
  for (const auto& [key, value] : fields)
    if (key == name) return &value;
  return nullptr;
}

StreamEntry to_entry(const Reply& reply) {
  StreamEntry entry;
  if (reply.type != Reply::Type::Array || reply.elements.size() != 2) return entry;
  entry.id = reply.elements[0].str;
  const auto& values = reply.elements[1].elements;
  for (std::size_t i = 0; i + 1 < values.size(); i += 2)
    entry.fields.emplace_back(values[i].str, values[i + 1].str);
  return entry;
}

}  // namespace judge::worker
