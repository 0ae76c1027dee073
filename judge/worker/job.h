// A job as it comes off the jobs stream: one field, `job`, holding a JSON object (docs/worker.md
// gives its schema). Parsing never throws: what is wrong with a job is its `error`, which becomes
// the job's result.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "judge/worker/streams.h"

namespace judge::worker {

struct Job {
  std::string entry_id;  // the stream entry's id
  std::string id;        // the sender's job id; empty when missing or malformed
  std::string problem, language, source;
  std::optional<std::string> version;  // the problem's content hash the sender expects
  bool fail_fast = false;
  std::string error;  // set: the job cannot be graded, and this says why
  // What makes the job's done marker: its id, or its entry's id when it has no usable id.
  std::string key() const { return id.empty() ? "entry:" + entry_id : "job:" + id; }
};

// Problem names: letters, digits, '_' and '-', 1 to 64 of them (no '/', no "..").
bool safe_problem_name(const std::string& name);
// Job ids: letters, digits and "._:-", 1 to 128 of them.
bool safe_job_id(const std::string& id);

Job parse_job(const StreamEntry& entry, std::size_t max_source);

}  // namespace judge::worker
