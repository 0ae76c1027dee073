#include "judge/compile.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>

#include "judge/artifact_layer.h"
#include "judge/box_spec.h"
#include "sandbox/error.h"
#include "sandbox/units.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kLogLimit = 64 << 10;

void write_source(const fs::path& path, std::string_view source) {
  std::ofstream out(path, std::ios::binary);
  out.write(source.data(), static_cast<std::streamsize>(source.size()));
  if (!out) throw sandbox::SandboxError("cannot write " + path.string());
}

std::string compiler_log(const sandbox::RunResult& r) {
  std::string log = r.stdout_data;
  if (!log.empty() && !r.stderr_data.empty() && log.back() != '\n') log += '\n';
  log += r.stderr_data;
  if (r.stdout_truncated || r.stderr_truncated) log += "\n[log truncated]\n";
  return log;
}

std::string failure_message(const sandbox::RunResult& r, const Language& l) {
  using sandbox::Status;
  switch (r.status) {
    case Status::TLE:
      return "compilation exceeded its " +
             std::string(r.time_limit == sandbox::TimeLimit::Wall ? "wall " : "CPU ") +
             "time limit (" +
             sandbox::format_duration(r.time_limit == sandbox::TimeLimit::Wall
                                          ? l.compile_wall_time_limit
                                          : l.compile_time_limit) +
             ")";
    case Status::MLE:
      return "compilation exceeded its memory limit (" +
             sandbox::format_size(l.compile_memory_limit) + ")";
    case Status::OLE:
      return "compilation wrote more than " + sandbox::format_size(l.compile_output_limit);
    case Status::RE: return "compilation failed (" + r.message + ")";
    default: return "compiler: " + r.message;
  }
}

}  // namespace

CompileOutcome compile_submission(sandbox::Sandbox& sandbox, const Language& language,
                                  std::string_view source, ArtifactCache& cache, WorkDir& work) {
  CompileOutcome out;
  std::optional<std::string> key = cache.key(language, source);
  if (key) out.lease = cache.find(*key);
  if (out.lease) {
    out.report.status =
        language.compile.empty() ? CompileReport::Status::Skipped : CompileReport::Status::OK;
    out.report.cached = true;
    out.layer = out.lease->layer();
    return out;
  }

  // The source goes in read-only; the compiler works in the box's own /box (its tmpfs, inside the
  // disk and memory limits, never the host's disk); the box's init copies the artifacts out.
  fs::path src_dir = work.make_dir("source", 0755);
  fs::path artifacts = work.make_dir("artifacts", 0700);
  write_source(src_dir / language.source, source);

  if (language.compile.empty()) {
    out.report.status = CompileReport::Status::Skipped;
    fs::copy_file(src_dir / language.source, artifacts / language.source);
  } else {
    sandbox::RunSpec spec = base_spec(language);
    spec.argv = language.compile;
    spec.rootfs.binds.push_back(
        {(src_dir / language.source).string(), "/box/" + language.source, false});
    spec.collect = sandbox::Collect{language.artifacts, artifacts.string(),
                                    language.compile_output_limit, 10000};
    spec.stdout_stream.target = sandbox::Stream::Capture{kLogLimit};
    spec.stderr_stream.target = sandbox::Stream::Capture{kLogLimit};
    spec.limits.cpu_time = language.compile_time_limit;
    spec.limits.wall_time = language.compile_wall_time_limit;
    spec.limits.memory = language.compile_memory_limit;
    spec.limits.pids = language.compile_pids_limit;
    spec.limits.output = language.compile_output_limit;
    spec.limits.disk = 512ull << 20;
    sandbox::RunResult r = sandbox.run(spec);
    out.report.cpu_us = r.cpu_us;
    out.report.wall_us = r.wall_us;
    out.report.memory_bytes = r.memory_peak;
    out.report.log = compiler_log(r);
    if (r.status == sandbox::Status::IE) {
      out.report.status = CompileReport::Status::IE;
      out.report.message = "compile box: " + r.message;
      return out;
    }
    if (r.status != sandbox::Status::OK) {
      out.report.status = CompileReport::Status::CE;
      out.report.message = failure_message(r, language);
      return out;
    }
    out.report.status = CompileReport::Status::OK;
  }

  std::vector<std::string> names = matching_files(artifacts, language.artifacts);
  if (names.empty()) {
    out.report.status = CompileReport::Status::CE;
    out.report.message = "the compiler produced none of: " + [&] {
      std::string list;
      for (const auto& a : language.artifacts) list += (list.empty() ? "" : ", ") + a;
      return list;
    }();
    return out;
  }
  // matching_files took regular files only, and the box is gone: what fails now is the judge's.
  // A layer the cache has no room for is used from the work directory, which goes with the grading.
  try {
    fs::path layer = work.path() / "layer";
    make_layer(artifacts, names, language.compile_output_limit, layer);
    if (key) out.lease = cache.store(*key, layer);
    out.layer = out.lease ? out.lease->layer() : layer;
  } catch (const std::exception& e) {
    out.report.status = CompileReport::Status::IE;
    out.report.message = std::string("caching the compiled program: ") + e.what();
  }
  return out;
}

}  // namespace judge
