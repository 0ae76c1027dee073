// File input and output (docs/problem-format.md, "File input and output"): a problem whose program
// reads `input_file` and writes `output_file` in its working directory, instead of stdin and
// stdout, as Polygon, CMS and USACO problems do.
#pragma once

#include <filesystem>
#include <string>

namespace judge {

class TomlTable;

struct FileIo {
  std::string input_file;   // empty: the input is stdin
  std::string output_file;  // empty: the output is stdout
};

// A plain name in a box's /box: letters, digits, '.', '_' and '-', at most 64, not starting with
// '.' (no "..", no hidden file, no path).
bool is_plain_file_name(const std::string& name);

// The top-level keys input_file and output_file. Throws InputError (file:line:column).
FileIo read_file_io(TomlTable& root);

}  // namespace judge
