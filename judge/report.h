// Reports for people (a table) and for programs (JSON, one object).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "judge/verdict.h"
#include "sandbox/limits.h"

namespace judge {

// Notes in `report` the time limits its tests run with.
void report_limits(Report& report, const sandbox::Limits& applied);

nlohmann::json report_json(const Report& report);

struct TableStyle {
  bool color = false;  // ANSI colors, for a terminal
};
std::string table_compile(const CompileReport& compile, const TableStyle& style);
std::string table_row(const TestReport& test, const TableStyle& style);
std::string table_footer(const Report& report, const TableStyle& style);

// `text` (a compile log, a checker's or validator's message) safe to print on a terminal: its
// control characters but newline and tab become '?'.
std::string printable(std::string_view text);
// A name a package chose (a test's, a group's, a validator's) in a table or a line: printable(),
// and its newlines and tabs '?' too, so that it can neither drive the terminal nor fake a row.
std::string printable_name(std::string_view name);

}  // namespace judge
