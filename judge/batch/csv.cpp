#include "judge/batch/csv.h"

#include "judge/errors.h"

namespace judge::batch {

namespace {

// Reads one field starting at `i`, which it leaves on the separator or the end. `line` follows
// the line breaks inside quotes.
std::string read_field(std::string_view text, std::size_t& i, unsigned& line,
                       const std::string& file) {
  std::string field;
  if (i < text.size() && text[i] == '"') {
    unsigned start = line;
    for (++i;; ++i) {
      if (i >= text.size()) throw InputError(file, start, 0, "a quoted field is not closed");
      if (text[i] == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
          continue;
        }
        ++i;
        break;
      }
      if (text[i] == '\n') ++line;
      field += text[i];
    }
    if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
      throw InputError(file, line, 0, "text after a closing quote");
    return field;
  }
  while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
    field += text[i++];
  return field;
}

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file) {
  std::vector<CsvRecord> records;
  std::size_t i = 0;
  unsigned line = 1;
  while (i < text.size()) {
    CsvRecord record{line, {}};
    for (;;) {
      record.fields.push_back(read_field(text, i, line, file));
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    ++line;
    bool blank = record.fields.size() == 1 && record.fields[0].empty();
    if (!blank) records.push_back(std::move(record));
  }
  return records;
}

std::string csv_field(std::string_view value) {
  std::string text(value);
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
    text.insert(0, "'");
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) row += (i ? "," : "") + csv_field(fields[i]);
  return row + "\r\n";
}

}  // namespace judge::batch
