#include "judge/compile.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <string_view>

#include "judge/artifact_layer.h"
#include "judge/box_spec.h"
#include "judge/errors.h"
#include "judge/grader_build.h"
#include "judge/java_class.h"
#include "judge/pch.h"
#include "base/units.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kLogLimit = 64 << 10;

void write_source(const fs::path& path, std::string_view source) {
  std::ofstream out(path, std::ios::binary);
  out.write(source.data(), static_cast<std::streamsize>(source.size()));
  if (!out) throw JudgeError("cannot write " + path.string());
}

std::string compiler_log(const sandbox::RunResult& r) {
  std::string log = r.stdout_data;
  if (!log.empty() && !r.stderr_data.empty() && log.back() != '\n') log += '\n';
  log += r.stderr_data;
  if (r.stdout_truncated || r.stderr_truncated) log += "\n[log truncated]\n";
  return log;
}

// A program of the compiler (the assembler, the linker) that wrote past RLIMIT_FSIZE was killed by
// SIGXFSZ, and the driver that started it reports that as its own failure: gcc says "internal
// compiler error: File size limit exceeded signal terminated program as", collect2 "ld terminated
// with signal 25 [File size limit exceeded]" (strsignal's text: boxes run in the C locale).
bool wrote_past_file_limit(const sandbox::RunResult& r) {
  constexpr std::string_view kXfsz = "File size limit exceeded";
  return r.stderr_data.find(kXfsz) != std::string::npos ||
         r.stdout_data.find(kXfsz) != std::string::npos;
}

std::string failure_message(const sandbox::RunResult& r, const sandbox::Limits& limits) {
  using sandbox::Status;
  if (r.status == Status::RE && wrote_past_file_limit(r))
    return "compiler output file larger than " + base::format_size(*limits.output) +
           " (the compile output limit)";
  const bool wall = r.time_limit == sandbox::TimeLimit::Wall;
  switch (r.status) {
    case Status::TLE:
      return "compilation exceeded its " + std::string(wall ? "wall " : "CPU ") + "time limit (" +
             base::format_duration(wall ? *limits.wall_time : *limits.cpu_time) + ")";
    case Status::MLE:
      return "compilation exceeded its memory limit (" + base::format_size(*limits.memory) + ")";
    case Status::OLE: return "compilation wrote more than " + base::format_size(*limits.output);
    case Status::RE: return "compilation failed (" + r.message + ")";
    default: return "compiler: " + r.message;
  }
}

// What the compile box did: OK, CE for anything the compiler did, IE for a failed box.
CompileReport compile_report(const sandbox::RunResult& r, const sandbox::Limits& limits) {
  CompileReport report;
  report.cpu_us = r.cpu_us;
  report.wall_us = r.wall_us;
  report.memory_bytes = r.memory_peak;
  report.log = compiler_log(r);
  if (r.status == sandbox::Status::IE) {
    report.status = CompileReport::Status::IE;
    report.message = "compile box: " + r.message;
  } else if (r.status != sandbox::Status::OK) {
    report.status = CompileReport::Status::CE;
    report.message = failure_message(r, limits);
  } else {
    report.status = CompileReport::Status::OK;
  }
  return report;
}

// The compiler over the read-only files (the submission, a grader's) in the language's compile box;
// its artifacts are copied out to `artifacts`.
sandbox::RunSpec compile_spec(const Language& language, const fs::path& src_dir,
                              const CompileFiles& files, const fs::path& artifacts) {
  sandbox::RunSpec spec = base_spec(language);
  spec.argv = language.compile;
  for (const auto& [name, data] : files.files)
    spec.rootfs.binds.push_back({(src_dir / name).string(), "/box/" + name, false});
  spec.collect = sandbox::Collect{language.artifacts, artifacts.string(),
                                  *language.compile_limits.output, language.max_artifacts};
  spec.stdout_stream.target = sandbox::Stream::Capture{kLogLimit};
  spec.stderr_stream.target = sandbox::Stream::Capture{kLogLimit};
  spec.limits = sandbox::with_defaults(language.compile_limits);
  return spec;
}

// Java (java_class_detection): the source named after its public class, or CE when that name
// cannot be a file name.
std::optional<CompileReport> prepare_java(Language& language, std::string_view source) {
  if (!language.java_class_detection) return std::nullopt;
  std::string error = name_source_after_public_class(language, source);
  if (error.empty()) return std::nullopt;
  CompileReport failed;
  failed.status = CompileReport::Status::CE;
  failed.message = error;
  return failed;
}

// The submission with the problem's grader for its language, or why it cannot be compiled.
std::optional<CompileReport> resolve(Language language, std::string_view source,
                                     const Graders& graders, ResolvedLanguage& resolved,
                                     CompileFiles& files) {
  if (auto failed = prepare_java(language, source)) return failed;
  CompileReport failed;
  resolved = resolve_language(language, graders);
  if (!resolved.error.empty()) {
    failed.status = resolved.judge_fault ? CompileReport::Status::IE : CompileReport::Status::CE;
    failed.message = resolved.error;
    return failed;
  }
  try {
    files = compile_files(resolved.language, source, graders);
    if (language.java_class_detection) files.key_material += java_toolchain_key();
  } catch (const std::exception& e) {
    failed.status = CompileReport::Status::IE;
    failed.message = e.what();
    return failed;
  }
  return std::nullopt;
}

std::string no_artifacts_message(const Language& language) {
  std::string list;
  for (const auto& a : language.artifacts) list += (list.empty() ? "" : ", ") + a;
  return "the compiler produced none of: " + list +
         (language.no_artifacts_hint.empty() ? "" : " (" + language.no_artifacts_hint + ")");
}

// The compile box over `files`, with the language's PCH when it has one these files include. A
// compile that failed where the PCH may be the cause is done again without it: the PCH may make a
// compile faster, never a different one. The artifacts end in the directory `artifacts` names.
CompileReport compile_in_box(sandbox::Sandbox& sandbox, const Language& language,
                             const fs::path& src_dir, const CompileFiles& files,
                             ArtifactCache& cache, WorkDir& work, fs::path& artifacts) {
  std::string why_not;  // a PCH that cannot be had is not the submission's problem: doctor says why
  std::optional<PchLayer> pch;
  if (wants_pch(language, files.files)) pch = obtain_pch(sandbox, language, cache, work, why_not);
  artifacts = work.make_dir("artifacts", 0700);
  sandbox::RunSpec spec = compile_spec(language, src_dir, files, artifacts);
  if (pch) {
    spec.argv = with_pch(spec.argv);
    spec.rootfs.binds.insert(spec.rootfs.binds.end(), pch->binds.begin(), pch->binds.end());
  }
  CompileReport report = compile_report(sandbox.run(spec), spec.limits);
  if (!pch || !pch_may_have_failed(report)) return report;
  artifacts = work.make_dir("artifacts-without-pch", 0700);
  spec = compile_spec(language, src_dir, files, artifacts);
  CompileReport plain = compile_report(sandbox.run(spec), spec.limits);
  // Its figures are the whole compile step's: both boxes.
  plain.cpu_us += report.cpu_us;
  plain.wall_us += report.wall_us;
  plain.memory_bytes = std::max(plain.memory_bytes, report.memory_bytes);
  return plain;
}

}  // namespace

CompileOutcome compile_submission(sandbox::Sandbox& sandbox, const Language& unresolved,
                                  std::string_view source, ArtifactCache& cache, WorkDir& work,
                                  const Graders& graders) {
  CompileOutcome out;
  ResolvedLanguage resolved;
  CompileFiles files;
  if (auto failed = resolve(unresolved, source, graders, resolved, files)) {
    out.report = *failed;
    return out;
  }
  const Language& language = resolved.language;
  std::optional<std::string> key = cache.key(language, source, files.key_material);
  if (key) out.lease = cache.find(*key);
  if (out.lease) {
    out.report.status =
        language.compile.empty() ? CompileReport::Status::Skipped : CompileReport::Status::OK;
    out.report.cached = true;
    out.layer = out.lease->layer();
    return out;
  }

  // The files go in read-only; the compiler works in the box's own /box (its tmpfs, inside the
  // disk and memory limits, never the host's disk); the box's init copies the artifacts out.
  fs::path src_dir = work.make_dir("source", 0755);
  fs::path artifacts;
  for (const auto& [name, data] : files.files) write_source(src_dir / name, data);

  if (language.compile.empty()) {
    out.report.status = CompileReport::Status::Skipped;
    artifacts = work.make_dir("artifacts", 0700);
    for (const auto& [name, data] : files.files) fs::copy_file(src_dir / name, artifacts / name);
  } else {
    out.report = compile_in_box(sandbox, language, src_dir, files, cache, work, artifacts);
    if (out.report.status != CompileReport::Status::OK) return out;
  }

  std::vector<std::string> names = matching_files(artifacts, language.artifacts);
  out.report.message = names.empty()                   ? no_artifacts_message(language)
                       : language.java_class_detection ? main_class_error(artifacts)
                                                       : "";
  if (!out.report.message.empty()) {
    out.report.status = CompileReport::Status::CE;
    return out;
  }
  // matching_files took regular files only, and the box is gone: what fails now is the judge's.
  // A layer the cache has no room for is used from the work directory, which goes with the grading.
  try {
    fs::path layer = work.path() / "layer";
    make_layer(artifacts, names, *language.compile_limits.output, layer);
    if (key) out.lease = cache.store(*key, layer);
    out.layer = out.lease ? out.lease->layer() : layer;
  } catch (const std::exception& e) {
    out.report.status = CompileReport::Status::IE;
    out.report.message = std::string("caching the compiled program: ") + e.what();
  }
  return out;
}

}  // namespace judge
