// `judge doctor`: can this host run boxes, and what affects how exact the timing is.
#include <sys/utsname.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "cli/sandbox_options.h"
#include "cli/usage_error.h"
#include "judge/language.h"
#include "judge/pch.h"
#include "base/file_io.h"
#include "sandbox/sandbox.h"

namespace po = boost::program_options;

namespace cli {
namespace {

enum class Level { OK, WARN, FAIL };

struct Check {
  std::string name;
  Level level;
  std::string detail;
  std::string fix;  // the command or action that fixes it
};

const char* level_text(Level l) {
  return l == Level::OK ? "OK" : l == Level::WARN ? "WARN" : "FAIL";
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

std::string read_trimmed(const std::string& path) {
  return trim(base::read_file(path).value_or(""));
}

Check kernel_check() {
  struct utsname u {};
  ::uname(&u);
  int major = 0, minor = 0;
  std::sscanf(u.release, "%d.%d", &major, &minor);
  bool ok = major > 5 || (major == 5 && minor >= 12);
  return {"kernel", ok ? Level::OK : Level::FAIL, u.release,
          ok ? "" : "Linux 5.12 or later is needed (overlayfs in user namespaces, mount_setattr)"};
}

Check root_check() {
  bool root = ::geteuid() == 0;
  return {"root", root ? Level::OK : Level::FAIL, root ? "running as root" : "not root",
          root ? "" : "run judge as root (it maps box users and creates cgroups)"};
}

Check userns_check() {
  std::string max = read_trimmed("/proc/sys/user/max_user_namespaces");
  bool ok = !max.empty() && max != "0";
  return {"user namespaces", ok ? Level::OK : Level::FAIL,
          "max_user_namespaces = " + (max.empty() ? "?" : max),
          ok ? "" : "sysctl -w user.max_user_namespaces=10000"};
}

Check overlay_check() {
  std::string fs = base::read_file("/proc/filesystems").value_or("");
  bool ok = fs.find("\toverlay\n") != std::string::npos;
  return {"overlayfs", ok ? Level::OK : Level::WARN, ok ? "available" : "not loaded yet",
          ok ? "" : "modprobe overlay"};
}

Check seccomp_check() {
  std::string status = base::read_file("/proc/self/status").value_or("");
  bool ok = status.find("Seccomp:") != std::string::npos;
  return {"seccomp", ok ? Level::OK : Level::FAIL,
          ok ? "filters and user notification" : "not in this kernel",
          ok ? "" : "a kernel built with CONFIG_SECCOMP_FILTER"};
}

Check swap_check(const std::string& version) {
  std::string swaps = base::read_file("/proc/swaps").value_or("");
  bool has_swap = std::count(swaps.begin(), swaps.end(), '\n') > 1;
  if (!has_swap) return {"swap", Level::OK, "none", ""};
  return {"swap", Level::WARN,
          "swap is on; boxes get memory+swap limits equal to memory (" + version + ")",
          "swapoff -a, for memory peaks that mean resident memory only"};
}

std::vector<Check> timing_checks() {
  std::vector<Check> out;
  std::string governor = read_trimmed("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor");
  if (governor.empty())
    out.push_back(
        {"cpu frequency", Level::OK, "no frequency scaling exposed (fixed or host-managed)", ""});
  else if (governor == "performance")
    out.push_back({"cpu frequency", Level::OK, "governor performance", ""});
  else
    out.push_back({"cpu frequency", Level::WARN,
                   "governor " + governor + ": CPU times vary with the clock",
                   "cpupower frequency-set -g performance"});
  std::string no_turbo = read_trimmed("/sys/devices/system/cpu/intel_pstate/no_turbo");
  if (no_turbo == "0")
    out.push_back({"turbo", Level::WARN,
                   "turbo boost on: the clock depends on load and temperature",
                   "echo 1 > /sys/devices/system/cpu/intel_pstate/no_turbo"});
  std::string smt = read_trimmed("/sys/devices/system/cpu/smt/active");
  if (smt == "1")
    out.push_back(
        {"smt", Level::WARN, "SMT on: boxes on sibling threads slow each other down",
         "echo off > /sys/devices/system/cpu/smt/control, or run fewer --jobs than cores"});
  else
    out.push_back({"smt", Level::OK, smt.empty() ? "unknown" : "off", ""});
  return out;
}

Check id_range_check(const sandbox::SandboxOptions& o) {
  uid_t first = o.host_id_base, last = o.host_id_base + 2 * o.max_boxes - 1;  // two ids per box
  std::string range = std::to_string(first) + "-" + std::to_string(last);
  auto overlaps = [&](const std::string& file, bool ranges) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      std::vector<std::string> f;
      std::stringstream ss(line);
      for (std::string part; std::getline(ss, part, ':');) f.push_back(part);
      if (ranges && f.size() >= 3) {
        unsigned long start = std::strtoul(f[1].c_str(), nullptr, 10),
                      count = std::strtoul(f[2].c_str(), nullptr, 10);
        if (start <= last && start + count > first) return file + ": " + line;
      } else if (!ranges && f.size() >= 3) {
        unsigned long id = std::strtoul(f[2].c_str(), nullptr, 10);
        if (id >= first && id <= last) return file + ": " + f[0];
      }
    }
    return std::string();
  };
  for (auto [file, ranges] : {std::pair{"/etc/passwd", false}, std::pair{"/etc/group", false},
                              std::pair{"/etc/subuid", true}, std::pair{"/etc/subgid", true}}) {
    std::string clash = overlaps(file, ranges);
    if (!clash.empty())
      return {"box uids", Level::WARN, "host ids " + range + " overlap " + clash,
              "pick another range (SandboxOptions::host_id_base)"};
  }
  return {"box uids", Level::OK, "host ids " + range + " are unused", ""};
}

// What the host's cgroups offer: the version, the parent, and the controllers limits need.
std::vector<Check> cgroup_checks(const sandbox::HostCgroups& cg, nlohmann::json& cgroup_json) {
  std::vector<Check> checks;
  const std::string& version = cg.version;
  cgroup_json["version"] = version;
  cgroup_json["parent"] = cg.parent;
  std::string list;
  for (const auto& c : cg.controllers) {
    list += (list.empty() ? "" : " ") + c;
    cgroup_json["controllers"].push_back(c);
  }
  checks.push_back({"cgroups", Level::OK, version + " at " + cg.parent, ""});
  const std::pair<const char*, bool> usable[] = {
      {"memory", cg.memory_limit}, {"pids", cg.pids_limit}, {"cpu", cg.cpu_time}};
  for (const auto& [needed, has] : usable) {
    checks.push_back(
        {std::string("cgroup ") + needed, has ? Level::OK : Level::FAIL,
         has ? "usable" : "not available",
         has ? ""
             : (version == "v2"
                    ? "echo +" + std::string(needed) + " > /sys/fs/cgroup/cgroup.subtree_control"
                    : "mount the " + std::string(needed) + " controller")});
  }
  checks.push_back({"cgroup controllers", Level::OK, list, ""});
  return checks;
}

// A real box: the end-to-end proof, and what the backend measures.
std::vector<Check> box_checks(sandbox::Sandbox& sb) {
  sandbox::RunSpec spec;
  spec.argv = {"/bin/true"};
  spec.env = {"PATH=/usr/bin:/bin"};
  spec.limits.memory = 64ull << 20;
  spec.limits.pids = 8;
  spec.limits.cpu_time = std::chrono::seconds(1);
  spec.limits.wall_time = std::chrono::seconds(10);
  sandbox::RunResult r = sb.run(spec);
  bool ran = r.status == sandbox::Status::OK;
  return {{"box", ran ? Level::OK : Level::FAIL, ran ? "/bin/true ran in a box" : r.message,
           ran ? "" : "see the failing check above, or docs/security.md"},
          {"memory peak", r.memory_peak_exact ? Level::OK : Level::WARN,
           r.memory_peak_exact ? "exact high-water mark" : "sampled (memory.peak needs Linux 5.19)",
           r.memory_peak_exact ? "" : "a newer kernel"}};
}

// Each language of the default file whose compiler and runtime are installed.
std::vector<Check> language_checks() {
  std::vector<Check> checks;
  try {
    auto languages = judge::Languages::load(judge::Languages::default_files());
    for (const auto& [id, l] : languages.all()) {
      bool ok = judge::command_available(l.compile) && judge::command_available(l.run);
      // The entry's debian_package names what to install; without one, say it generally.
      std::string fix = l.debian_package.empty()
                            ? "install its compiler or runtime (apt-get), or ignore"
                            : "apt-get install " + l.debian_package + ", or ignore";
      checks.push_back({"language " + id, ok ? Level::OK : Level::WARN,
                        ok ? l.name : l.name + ": not installed", ok ? "" : fix});
    }
  } catch (const std::exception& e) {
    checks.push_back({"languages", Level::FAIL, e.what(), "fix the languages file"});
  }
  return checks;
}

// Precompiled headers (issue 17): for each language that has them, whether the cache holds a PCH
// the compiles can use, or why not. A cache that does not exist yet is not made here.
std::vector<Check> pch_checks(const std::filesystem::path& cache_dir) {
  std::vector<Check> checks;
  try {
    auto languages = judge::Languages::load({judge::Languages::default_file()});
    for (const auto& [id, l] : languages.all()) {
      if (l.precompiled_headers.empty() || !judge::command_available(l.compile)) continue;
      if (!std::filesystem::is_directory(cache_dir)) {
        checks.push_back(
            {"pch " + id, Level::OK, "not built yet (no cache at " + cache_dir.string() + ")", ""});
        continue;
      }
      judge::ArtifactCache cache(cache_dir);
      std::string state = judge::describe_pch(l, cache);
      const bool fine = state.find(": built") != std::string::npos ||
                        state.find(": not built yet") != std::string::npos ||
                        state.find(": not used") != std::string::npos;
      checks.push_back({"pch " + id, fine ? Level::OK : Level::WARN, state,
                        fine ? "" : "compiles work without it, only slower"});
    }
  } catch (const std::exception& e) {
    checks.push_back({"pch", Level::WARN, e.what(), "compiles work without it, only slower"});
  }
  return checks;
}

void print_checks(const std::vector<Check>& checks, const nlohmann::json& cgroup_json, bool usable,
                  const std::string& format) {
  if (format == "json") {
    nlohmann::json j;
    j["usable"] = usable;
    j["cgroup"] = cgroup_json;
    j["checks"] = nlohmann::json::array();
    for (const Check& c : checks)
      j["checks"].push_back({{"name", c.name},
                             {"status", level_text(c.level)},
                             {"detail", c.detail},
                             {"fix", c.fix}});
    std::cout << j.dump(2) << "\n";
  } else {
    for (const Check& c : checks) {
      std::string name = c.name + std::string(c.name.size() < 20 ? 20 - c.name.size() : 1, ' ');
      std::cout << name << level_text(c.level)
                << std::string(6 - std::string(level_text(c.level)).size(), ' ') << c.detail;
      if (!c.fix.empty()) std::cout << "\n" << std::string(26, ' ') << "fix: " << c.fix;
      std::cout << "\n";
    }
    std::cout << (usable ? "\njudge run can work on this host.\n"
                         : "\njudge run cannot work on this host yet.\n");
  }
}

}  // namespace

int cmd_doctor(int argc, char** argv) {
  HostOptions host;
  std::string format = "text";
  std::string cache_dir = judge::ArtifactCache::default_root().string();
  po::options_description desc("judge doctor [options]");
  desc.add_options()("format", po::value(&format), "text or json")("help,h", "this help");
  desc.add_options()(
      "cache-dir", po::value(&cache_dir),
      "compile cache whose precompiled headers to report (default /var/cache/judge)");
  add_host_options(desc, host);
  sandbox::SandboxOptions options;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(desc).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << desc << "\n";
      return kExitOk;
    }
    if (format != "text" && format != "json") throw UsageError("--format must be text or json");
    options = make_sandbox_options(host);
  } catch (const std::exception& e) {
    return report_usage_error("doctor", e);
  }

  std::vector<Check> checks{kernel_check(), root_check(), userns_check(), overlay_check(),
                            seccomp_check()};
  nlohmann::json cgroup_json = {{"version", nullptr}, {"controllers", nlohmann::json::array()}};
  try {
    sandbox::Sandbox sb(options);
    const sandbox::HostCgroups cg = sb.host();
    for (Check& c : cgroup_checks(cg, cgroup_json)) checks.push_back(std::move(c));
    for (Check& c : box_checks(sb)) checks.push_back(std::move(c));
    checks.push_back(swap_check(cg.version));
  } catch (const std::exception& e) {
    checks.push_back({"sandbox", Level::FAIL, e.what(), "fix the failing checks above"});
  }
  for (Check& c : timing_checks()) checks.push_back(std::move(c));
  checks.push_back(id_range_check(options));
  for (Check& c : language_checks()) checks.push_back(std::move(c));
  for (Check& c : pch_checks(cache_dir)) checks.push_back(std::move(c));

  bool usable = std::none_of(checks.begin(), checks.end(),
                             [](const Check& c) { return c.level == Level::FAIL; });
  print_checks(checks, cgroup_json, usable, format);
  return usable ? kExitOk : kExitInternal;
}

}  // namespace cli
