// CSV as RFC 4180 has it: reading a manifest, writing a summary a spreadsheet opens safely.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace judge::batch {

struct CsvRecord {
  unsigned line = 0;  // where the record starts, from 1
  std::vector<std::string> fields;
};

// Records separated by CRLF or LF; fields in double quotes may hold commas, quotes ("") and line
// breaks. Blank lines are skipped. Throws InputError (`file`:line) for a quote left open or text
// after a closing quote.
std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file);

// One field as written: quoted when it holds a comma, quote, CR or LF. A field starting with
// = + - @ (or a tab or CR) gets a leading ' so that a spreadsheet shows it instead of running it
// as a formula.
std::string csv_field(std::string_view value);
// Fields joined with commas, ended by CRLF (RFC 4180).
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace judge::batch
