#include "judge/pch.h"

#include <cctype>
#include <cstdlib>
#include <string_view>

#include "judge/toml_reader.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxHeaders = 8;

// Characters of a standard header's name: bits/stdc++.h, ext/pb_ds/assoc_container.hpp, vector.
bool is_header_name(const std::string& h) {
  if (h.empty() || h.size() > 128 || h.front() == '/' || h.back() == '/') return false;
  for (char c : h)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '+' || c == '-' ||
          c == '.' || c == '/'))
      return false;
  for (std::string_view part : {"//", "/./", "/../"})
    if (h.find(part) != std::string::npos) return false;
  return h.rfind("./", 0) != 0 && h.rfind("../", 0) != 0 && h != "." && h != ".." &&
         !h.ends_with("/.") && !h.ends_with("/..");
}

bool is_gcc_driver(const std::vector<std::string>& compile) {
  if (compile.empty()) return false;
  std::string name = fs::path(compile[0]).filename().string();
  return name.find("gcc") != std::string::npos || name.find("g++") != std::string::npos;
}

std::string_view skip_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// Whether a line of `text` is `#include <header>` or `#include "header"` (any spacing).
bool includes(std::string_view text, const std::string& header) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = skip_spaces(text.substr(at, end - at));
    at = end + 1;
    if (line.empty() || line.front() != '#') continue;
    line = skip_spaces(line.substr(1));
    if (!line.starts_with("include")) continue;
    line = skip_spaces(line.substr(7));
    if (line.size() < header.size() + 2 || (line[0] != '<' && line[0] != '"')) continue;
    const char close = line[0] == '<' ? '>' : '"';
    if (line.substr(1, header.size()) == header && line[header.size() + 1] == close) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> read_precompiled_headers(TomlTable& table,
                                                  const std::vector<std::string>& compile) {
  auto headers = table.strings("precompiled_headers");
  if (!headers || headers->empty()) return {};
  if (!is_gcc_driver(compile))
    table.fail("precompiled_headers", "needs a gcc or g++ compile command");
  if (headers->size() > kMaxHeaders)
    table.fail("precompiled_headers", "at most " + std::to_string(kMaxHeaders) + " headers");
  for (const std::string& h : *headers)
    if (!is_header_name(h))
      table.fail("precompiled_headers",
                 "'" + h + "' must be a header name as in #include <...>, e.g. \"bits/stdc++.h\"");
  return *headers;
}

bool pch_disabled() {
  const char* off = std::getenv("JUDGE_NO_PCH");
  return off && *off && std::string_view(off) != "0";
}

bool wants_pch(const Language& language,
               const std::vector<std::pair<std::string, std::string>>& sources) {
  if (language.precompiled_headers.empty() || language.compile.empty()) return false;
  if (pch_disabled()) return false;
  for (const auto& [name, text] : sources)
    for (const std::string& header : language.precompiled_headers)
      if (includes(text, header)) return true;
  return false;
}

// The flags that decide whether gcc accepts a PCH (-O, -std, -f, -m, -D...) are all kept; what
// names the output, the inputs and the link goes: a header is compiled, not linked.
std::vector<std::string> pch_build_command(const Language& language, std::size_t index) {
  const std::vector<std::string>& compile = language.compile;
  std::vector<std::string> argv{compile[0]};
  for (std::size_t i = 1; i < compile.size(); ++i) {
    const std::string& arg = compile[i];
    if (arg == "-o") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] != '-' || arg.rfind("-l", 0) == 0 || arg.rfind("-L", 0) == 0 ||
        arg.rfind("-Wl,", 0) == 0)
      continue;
    argv.push_back(arg);
  }
  const bool cxx = fs::path(compile[0]).filename().string().find("++") != std::string::npos;
  const std::string name = "h" + std::to_string(index);
  for (const char* arg : {"-x", cxx ? "c++-header" : "c-header"}) argv.push_back(arg);
  argv.push_back("-o");
  argv.push_back("/box/" + name + ".gch");
  argv.push_back("/box/" + name + ".h");
  return argv;
}

std::vector<std::string> with_pch(const std::vector<std::string>& compile) {
  std::vector<std::string> argv = compile;
  argv.insert(argv.begin() + 1, {"-I/pch", "-Werror=invalid-pch"});
  return argv;
}

bool pch_may_have_failed(const CompileReport& report) {
  if (report.status != CompileReport::Status::CE) return false;
  const std::string& log = report.log;
  for (std::string_view sign : {"/pch/", "PCH", "precompiled", "internal compiler error"})
    if (log.find(sign) != std::string::npos) return true;
  // The PCH's pages count in the box's memory.
  return report.message.find("memory limit") != std::string::npos;
}

}  // namespace judge
