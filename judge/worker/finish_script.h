// The one atomic step that ends a job: a Lua script that, unless the job's done marker exists,
// appends the final record (a result, or a dead letter) to its stream and sets the marker; and in
// every case acknowledges the job's entry. A job delivered twice thus gets one final record.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "judge/worker/redis_client.h"
#include "judge/worker/streams.h"

namespace judge::worker {

struct Finish {
  std::string marker;                                       // StreamNames::done(job key)
  std::string stream;                                       // results or dead letters
  std::string entry_id;                                     // the job's entry, to acknowledge
  std::vector<std::pair<std::string, std::string>> fields;  // the record
};

struct FinishOptions {
  long long marker_ttl_seconds = 7 * 24 * 3600;
  long long max_len = 100000;  // approximate MAXLEN of the record's stream
};

// True when this call wrote the record; false when the marker was already there (only
// acknowledged). Runs EVALSHA, loading the script with EVAL when the server lost it (NOSCRIPT:
// a restart). Throws RedisIoError or RedisReplyError.
bool finish_job(RedisClient& client, const StreamNames& names, const Finish& finish,
                const FinishOptions& options);

// The SHA-1 (hex) Redis names a script by.
std::string script_sha1(const std::string& script);

// Runs `script` by its digest, falling back to EVAL when the server does not know it.
Reply eval_script(RedisClient& client, const std::string& script, const std::string& sha1,
                  std::vector<std::string> keys_and_args, std::size_t key_count);

}  // namespace judge::worker
