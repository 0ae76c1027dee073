#include "judge/worker/job.h"

#include <cstring>
#include <nlohmann/json.hpp>

namespace judge::worker {
namespace {

bool all_of_charset(const std::string& text, std::size_t max, const char* extra) {
  if (text.empty() || text.size() > max) return false;
  for (char c : text) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!plain && (c == '\0' || !std::strchr(extra, c))) return false;  // strchr finds the NUL
  }
  return true;
}

// The string member `name`, or an error; `required` false lets it be absent (nullopt, no error).
std::optional<std::string> string_member(const nlohmann::json& object, const char* name,
                                         bool required, std::string& error) {
  auto it = object.find(name);
  if (it == object.end()) {
    if (required && error.empty()) error = std::string("job: missing field '") + name + "'";
    return std::nullopt;
  }
  if (!it->is_string()) {
    if (error.empty()) error = std::string("job: field '") + name + "' must be a string";
    return std::nullopt;
  }
  return it->get<std::string>();
}

void read_options(const nlohmann::json& object, Job& job) {
  auto it = object.find("options");
  if (it == object.end()) return;
  if (!it->is_object()) {
    job.error = "job: field 'options' must be an object";
    return;
  }
  auto fail_fast = it->find("fail_fast");
  if (fail_fast == it->end()) return;
  if (!fail_fast->is_boolean())
    job.error = "job: field 'options.fail_fast' must be true or false";
  else
    job.fail_fast = fail_fast->get<bool>();
}

// Beside the source, what a job's JSON may hold.
constexpr std::size_t kOtherFieldsBytes = 64 * 1024;

void read_fields(const nlohmann::json& object, std::size_t max_source, Job& job) {
  std::string& error = job.error;
  if (auto id = string_member(object, "id", true, error)) {
    if (safe_job_id(*id))
      job.id = *id;
    else if (error.empty())
      error = "job: field 'id' must be 1 to 128 of letters, digits and ._:-";
  }
  job.problem = string_member(object, "problem", true, error).value_or("");
  job.version = string_member(object, "version", false, error);
  job.language = string_member(object, "language", true, error).value_or("");
  // Both are echoed into the result: bounded like the names.
  if (error.empty() && job.version && !all_of_charset(*job.version, 128, ""))
    error = "job: field 'version' must be 1 to 128 letters and digits";
  if (error.empty() && !all_of_charset(job.language, 64, "_-+."))
    error = "job: field 'language' must be 1 to 64 of letters, digits and _-+.";
  job.source = string_member(object, "source", true, error).value_or("");
  if (error.empty() && !safe_problem_name(job.problem))
    error = "job: problem name '" + job.problem.substr(0, 64) +
            "' is not 1 to 64 of letters, digits, '_' and '-'";
  if (error.empty() && job.source.size() > max_source)
    error = "job: source is " + std::to_string(job.source.size()) + " bytes, over the limit of " +
            std::to_string(max_source);
  if (error.empty()) read_options(object, job);
}

}  // namespace

bool safe_problem_name(const std::string& name) {
  return all_of_charset(name, 64, "_-");
}
bool safe_job_id(const std::string& id) {
  return all_of_charset(id, 128, "._:-");
}

Job parse_job(const StreamEntry& entry, std::size_t max_source) {
  Job job;
  job.entry_id = entry.id;
  const std::string* text = entry.field("job");
  if (!text) {
    job.error = "job: the stream entry has no 'job' field";
    return job;
  }
  // Bounded before parsing: a DOM costs tens of bytes per input byte. Escapes can make JSON text
  // six times its string (\u00XX), and the other fields are short.
  if (text->size() > 6 * max_source + kOtherFieldsBytes) {
    job.error = "job: the 'job' field is " + std::to_string(text->size()) +
                " bytes, over the limit of 6 x --max-source + 64KiB";
    return job;
  }
  nlohmann::json object = nlohmann::json::parse(*text, nullptr, false);
  if (object.is_discarded() || !object.is_object()) {
    job.error = "job: the 'job' field is not a JSON object";
    return job;
  }
  read_fields(object, max_source, job);
  if (!job.error.empty()) job.source.clear();  // not kept: it may be huge
  return job;
}

}  // namespace judge::worker
