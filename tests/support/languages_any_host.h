// Language entries with compile time limits fit for any host, for tests that grade real compiles
// but test their runs. Under emulation (the VM leg) beside a parallel build, compiling one small C
// file took more than its 10 s of CPU (the guest counts the time its virtual CPU waits for the
// host as CPU time). A compile that reads without end still meets its memory limit first.
#pragma once

#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace test {

// The entries of `files` (later ones replace earlier ones of the same id) with those limits,
// written to DIR/languages.toml; its path.
inline std::filesystem::path languages_for_any_host(const std::vector<std::filesystem::path>& files,
                                                    const std::filesystem::path& dir) {
  toml::table merged;
  for (const std::filesystem::path& file : files)
    for (auto&& [id, entry] : toml::parse_file(file.string()))
      if (auto* language = entry.as_table()) {
        language->insert_or_assign("compile_time_limit", "120s");
        language->insert_or_assign("compile_wall_time_limit", "360s");
        merged.insert_or_assign(id, *language);
      }
  std::filesystem::path file = dir / "languages.toml";
  std::ofstream(file) << merged;
  return file;
}

}  // namespace test
