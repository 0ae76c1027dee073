#include "judge/batch/manifest.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "base/file_io.h"
#include "judge/batch/csv.h"
#include "judge/errors.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

using Fields = std::map<std::string, std::string>;

// Builds the entry of one manifest line. Throws InputError naming the line and field.
Entry to_entry(const Fields& fields, const fs::path& file, unsigned line) {
  auto get = [&](const char* key, bool required) {
    auto it = fields.find(key);
    if (required && (it == fields.end() || it->second.empty()))
      throw InputError(file.string(), line, 0, std::string(key) + ": missing or empty");
    return it == fields.end() ? std::string() : it->second;
  };
  Entry entry;
  entry.id = get("id", true);
  entry.problem = get("problem", true);
  fs::path submission = get("submission", true);
  entry.submission = submission.is_absolute() ? submission : file.parent_path() / submission;
  std::string language = get("language", false), who = get("who", false);
  if (!language.empty()) entry.language = language;
  entry.who = who.empty() ? entry.id : who;
  return entry;
}

std::vector<Entry> read_csv(const std::string& text, const fs::path& file) {
  std::vector<CsvRecord> records = parse_csv(text, file.string());
  if (records.empty()) throw InputError(file.string(), 0, 0, "empty manifest (no header)");
  const std::vector<std::string>& header = records[0].fields;
  static const std::set<std::string> known{"id", "problem", "submission", "language", "who"};
  for (const std::string& name : header)
    if (!known.count(name))
      throw InputError(file.string(), records[0].line, 0,
                       "unknown column '" + name + "' (id, problem, submission, language, who)");
  std::vector<Entry> entries;
  for (std::size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    if (record.fields.size() != header.size())
      throw InputError(file.string(), record.line, 0,
                       std::to_string(record.fields.size()) + " fields, the header has " +
                           std::to_string(header.size()));
    Fields fields;
    for (std::size_t c = 0; c < header.size(); ++c) fields[header[c]] = record.fields[c];
    entries.push_back(to_entry(fields, file, record.line));
  }
  return entries;
}

// One JSON Lines object as fields. Throws InputError naming the line and the key at fault.
Fields json_fields(const std::string& text, const fs::path& file, unsigned line) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) throw InputError(file.string(), line, 0, "not a JSON object");
  Fields fields;
  for (const auto& [key, value] : j.items()) {
    if (!value.is_string()) throw InputError(file.string(), line, 0, key + ": expected a string");
    fields[key] = value.get<std::string>();
  }
  return fields;
}

std::vector<Entry> read_json_lines(const std::string& text, const fs::path& file) {
  std::vector<Entry> entries;
  std::size_t start = 0;
  for (unsigned line = 1; start < text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string one = text.substr(start, end - start);
    start = end + 1;
    if (one.find_first_not_of(" \t\r") == std::string::npos) continue;
    entries.push_back(to_entry(json_fields(one, file, line), file, line));
  }
  return entries;
}

}  // namespace

std::vector<Entry> read_manifest(const fs::path& file) {
  std::optional<std::string> text = base::read_file(file.string());
  if (!text) throw InputError(file.string(), 0, 0, "cannot read");
  std::vector<Entry> entries =
      file.extension() == ".csv" ? read_csv(*text, file) : read_json_lines(*text, file);
  std::set<std::string> ids;
  for (const Entry& e : entries)
    if (!ids.insert(e.id).second)
      throw InputError(file.string(), 0, 0, "id: '" + e.id + "' appears twice");
  return entries;
}

}  // namespace judge::batch
