// A submission with the problem's grader (judge/grader_files.h): the language's commands with the
// grader's file names, and the files that go into the compile box.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "judge/grader_files.h"
#include "judge/language.h"

namespace judge {

struct ResolvedLanguage {
  // The language with its placeholders filled in (docs/languages.md): source is the submission's
  // name in /box; compile's and artifacts' "{sources}" are the submission then the grader's files
  // with one of the language's extensions; artifacts also hold the grader's `keep` files; run's
  // "{main}" is the grader's `main`, else its first file with one of the language's extensions,
  // else the submission. {memory_mib} stays for run_command().
  Language language;
  std::string error;         // set: the problem has graders, none for this language (CE)...
  bool judge_fault = false;  // ...or the language cannot compile a grader (IE)
};

// The language as a submission of this problem compiles and runs in it. No I/O.
ResolvedLanguage resolve_language(const Language& language, const Graders& graders);

struct CompileFiles {
  // Name in /box and contents: the submission first, then the grader's files.
  std::vector<std::pair<std::string, std::string>> files;
  std::string key_material;  // the grader's names and contents, for the cache key; empty: none
};

// The files of the compile box, the grader's read once (the cache key and the compile see the same
// bytes). Throws JudgeError when a grader file cannot be read or is over 16 MiB.
CompileFiles compile_files(const Language& resolved, std::string_view submission,
                           const Graders& graders);

}  // namespace judge
