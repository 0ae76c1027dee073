#include "judge/language.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>

#include "base/files.h"
#include "judge/errors.h"
#include "judge/pch.h"
#include "judge/toml_reader.h"

#ifndef JUDGE_SOURCE_DIR
#define JUDGE_SOURCE_DIR "."
#endif
// Issue 18: where the Debian package puts the shipped file, and the operator's directory.
#ifndef JUDGE_DATA_DIR
#define JUDGE_DATA_DIR "/usr/share/judge"
#endif
#ifndef JUDGE_CONFIG_DIR
#define JUDGE_CONFIG_DIR "/etc/judge"
#endif

namespace judge {
namespace fs = std::filesystem;

std::vector<std::string> Language::run_command(std::uint64_t memory_limit) const {
  std::vector<std::string> argv = run;
  for (std::string& arg : argv) {
    auto pos = arg.find("{memory_mib}");
    if (pos != std::string::npos) arg.replace(pos, 12, std::to_string(memory_limit >> 20));
    // Left when nothing resolved it (judge/grader_build.h): the program is the source itself.
    pos = arg.find("{main}");
    if (pos != std::string::npos) arg.replace(pos, 6, source);
  }
  return argv;
}

sandbox::Limits Language::run_limits(sandbox::Limits limits) const {
  auto scale = [this](std::chrono::microseconds t) {
    return std::chrono::microseconds(std::llround(static_cast<double>(t.count()) * time_factor));
  };
  if (limits.cpu_time) limits.cpu_time = scale(*limits.cpu_time);
  if (limits.wall_time) limits.wall_time = scale(*limits.wall_time);
  limits.pids = run_pids;
  return sandbox::with_defaults(limits);
}

namespace {

// time_factor: slower runtimes (the JVM's start, Python) get more time, as DOMjudge and DMOJ allow.
double read_time_factor(TomlTable& table) {
  auto factor = table.number("time_factor");
  if (!factor) return 1.0;
  if (!(*factor >= 1.0 && *factor <= 10.0)) table.fail("time_factor", "must be in [1, 10]");
  return *factor;
}

std::optional<std::uint32_t> read_pids(TomlTable& table, const char* key) {
  auto n = table.integer(key);
  if (!n) return std::nullopt;
  if (*n < 1 || *n > 65536) table.fail(key, "must be in 1..65536");
  return static_cast<std::uint32_t>(*n);
}

// The compile_*_limit keys over `limits`.
sandbox::Limits read_compile_limits(TomlTable& table, sandbox::Limits limits) {
  limits.cpu_time = table.duration("compile_time_limit").value_or(*limits.cpu_time);
  limits.wall_time = table.duration("compile_wall_time_limit").value_or(*limits.wall_time);
  limits.memory = table.size("compile_memory_limit").value_or(*limits.memory);
  limits.output = table.size("compile_output_limit").value_or(*limits.output);
  // A limit no compiler fits in would turn every submission into CE: the file is wrong, not they.
  if (*limits.cpu_time < std::chrono::milliseconds(100))
    table.fail("compile_time_limit", "must be at least 100ms");
  if (*limits.wall_time < *limits.cpu_time)
    table.fail("compile_wall_time_limit", "must be at least compile_time_limit");
  if (*limits.memory < (16u << 20)) table.fail("compile_memory_limit", "must be at least 16MiB");
  if (*limits.output < (1u << 10)) table.fail("compile_output_limit", "must be at least 1KiB");
  limits.pids = read_pids(table, "compile_pids_limit").value_or(*limits.pids);
  return limits;
}

}  // namespace

fs::path Languages::default_file() {
  if (const char* env = std::getenv("JUDGE_LANGUAGES"); env && *env) return env;
  if (fs::exists("/etc/judge/languages.toml")) return "/etc/judge/languages.toml";
  // Issue 18: a build runs from its source tree; the installed package has no source tree.
  fs::path source_tree = fs::path(JUDGE_SOURCE_DIR) / "judge/languages.toml";
  if (fs::exists(source_tree)) return source_tree;
  return fs::path(JUDGE_DATA_DIR) / "languages.toml";
}

// Issue 18: the operator's files in /etc/judge/languages.d, after the shipped one.
std::vector<fs::path> Languages::default_files() {
  std::vector<fs::path> files{default_file()}, extra;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(JUDGE_CONFIG_DIR "/languages.d", ec))
    if (entry.path().extension() == ".toml") extra.push_back(entry.path());
  std::sort(extra.begin(), extra.end());
  files.insert(files.end(), extra.begin(), extra.end());
  return files;
}

Languages Languages::load(const std::vector<fs::path>& files) {
  Languages out;
  for (const fs::path& file : files) {
    std::map<std::string, std::string> claimed;  // in this file: extension -> language id
    TomlFile toml(file);
    TomlTable root = toml.root();
    for (const std::string& id : root.keys()) {
      auto table = root.table(id);
      Language l;
      l.id = id;
      l.name = table->string("name").value_or(id);
      l.extensions = table->strings("extensions").value_or(std::vector<std::string>{});
      for (const std::string& ext : l.extensions) {
        if (ext.size() < 2 || ext[0] != '.')
          table->fail("extensions", "'" + ext + "' must start with a dot, e.g. \".cpp\"");
        auto [it, fresh] = claimed.emplace(ext, id);
        if (!fresh)
          table->fail("extensions",
                      "'" + ext + "' is already the extension of [" + it->second + "]");
      }
      l.source = table->required_string("source");
      if (l.source.empty() || l.source.find('/') != std::string::npos || l.source == "." ||
          l.source == "..")
        table->fail("source", "must be a plain file name");
      l.compile = table->strings("compile").value_or(std::vector<std::string>{});
      l.artifacts = table->strings("artifacts").value_or(std::vector<std::string>{l.source});
      for (const std::string& a : l.artifacts)
        if (a.empty() || a.find_first_of("/[") != std::string::npos)
          table->fail("artifacts",
                      "'" + a + "' must be a file name in /box, or a glob with * and ?");
      auto run = table->strings("run");
      if (!run || run->empty())
        table->fail("run", "missing (required): the command that runs the program");
      l.run = *run;
      l.compile_limits = read_compile_limits(*table, l.compile_limits);
      l.run_pids = read_pids(*table, "run_pids_limit");
      l.time_factor = read_time_factor(*table);
      l.no_artifacts_hint = table->string("no_artifacts_hint").value_or("");
      l.out_of_memory_stderr = table->string("out_of_memory_stderr").value_or("");
      l.debian_package = table->string("debian_package").value_or("");
      l.java_class_detection = table->boolean("java_class_detection").value_or(false);
      l.precompiled_headers = read_precompiled_headers(*table, l.compile);
      l.env = table->strings("env").value_or(std::vector<std::string>{});
      for (const std::string& e : l.env)
        if (e.find('=') == std::string::npos || e[0] == '=')
          table->fail("env", "'" + e + "' is not NAME=value");
      table->finish();
      std::erase_if(out.by_extension_, [&](const auto& entry) { return entry.second == id; });
      for (const std::string& ext : l.extensions) out.by_extension_[ext] = id;
      out.languages_[id] = std::move(l);
    }
  }
  return out;
}

const Language* Languages::find(const std::string& id) const {
  auto it = languages_.find(id);
  return it == languages_.end() ? nullptr : &it->second;
}

const Language* Languages::detect(const fs::path& submission) const {
  auto it = by_extension_.find(submission.extension().string());
  return it == by_extension_.end() ? nullptr : find(it->second);
}

bool command_available(const std::vector<std::string>& argv) {
  if (argv.empty()) return true;
  const std::string& program = argv[0];
  if (program.find('/') != std::string::npos)
    return program.rfind("/sol/", 0) == 0 || base::is_executable(program);
  for (const char* dir : {"/usr/bin/", "/bin/"})
    if (base::is_executable(dir + program)) return true;
  return false;
}

}  // namespace judge
