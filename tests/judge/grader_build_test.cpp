// resolve_language: the language's {sources} and {main} with and without a problem's grader.
#include "judge/grader_build.h"

#include <gtest/gtest.h>

namespace {

using Args = std::vector<std::string>;

judge::Language cpp() {
  judge::Language l;
  l.id = "cpp";
  l.extensions = {".cpp", ".cc"};
  l.source = "main.cpp";
  l.compile = {"g++", "-o", "main", "{sources}"};
  l.artifacts = {"main"};
  l.run = {"/sol/main"};
  return l;
}

judge::Language python() {
  judge::Language l;
  l.id = "python3";
  l.extensions = {".py"};
  l.source = "main.py";
  l.compile = {"python3", "-m", "py_compile", "{sources}"};
  l.artifacts = {"{sources}"};
  l.run = {"python3", "/sol/{main}", "--mem={memory_mib}"};
  return l;
}

TEST(ResolveLanguage, WithoutAGraderTheSourceAlone) {
  auto r = judge::resolve_language(python(), {});
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(r.language.compile, (Args{"python3", "-m", "py_compile", "main.py"}));
  EXPECT_EQ(r.language.artifacts, Args{"main.py"});
  EXPECT_EQ(r.language.run_command(64 << 20), (Args{"python3", "/sol/main.py", "--mem=64"}));
  // Unresolved (a checker's language): run_command() still makes {main} the source.
  EXPECT_EQ(python().run_command(64 << 20), (Args{"python3", "/sol/main.py", "--mem=64"}));
}

TEST(ResolveLanguage, WithAGraderItsSourcesAfterTheSubmission) {
  judge::Graders graders;
  graders["cpp"] = {
      {"/p/grader/grader.cpp", "/p/grader/sum.h", "/p/grader/lib.cc"}, "sum.cpp", "", {"sum.h"}};
  graders["python3"] = {{"/p/grader/data.txt", "/p/grader/grader.py"}, "sum.py", "", {}};
  auto r = judge::resolve_language(cpp(), graders);
  EXPECT_EQ(r.error, "");
  EXPECT_EQ(r.language.source, "sum.cpp");
  EXPECT_EQ(r.language.compile, (Args{"g++", "-o", "main", "sum.cpp", "grader.cpp", "lib.cc"}));
  EXPECT_EQ(r.language.artifacts, (Args{"main", "sum.h"})) << "keep adds to the artifacts";
  r = judge::resolve_language(python(), graders);
  EXPECT_EQ(r.language.artifacts, (Args{"sum.py", "grader.py"}));
  EXPECT_EQ(r.language.run_command(1 << 20), (Args{"python3", "/sol/grader.py", "--mem=1"}));
  graders["python3"].main = "sum.py";
  r = judge::resolve_language(python(), graders);
  EXPECT_EQ(r.language.run_command(1 << 20), (Args{"python3", "/sol/sum.py", "--mem=1"}));
}

TEST(ResolveLanguage, WhatCannotBeCompiled) {
  judge::Graders graders;
  graders["python3"] = {{"/p/grader.py"}, "sum.py", "", {}};
  auto r = judge::resolve_language(cpp(), graders);
  EXPECT_EQ(r.error, "this problem has a grader only for python3: it cannot be solved in cpp");
  EXPECT_FALSE(r.judge_fault);
  // A grader file with the submission's name: the problem's fault.
  graders["cpp"] = {{"/p/main.cpp"}, "", "", {}};
  r = judge::resolve_language(cpp(), graders);
  EXPECT_TRUE(r.judge_fault);
  EXPECT_NE(r.error.find("set submission_name"), std::string::npos) << r.error;
  // A compile command without {sources}: the language's fault.
  graders["cpp"] = {{"/p/grader.cpp"}, "sum.cpp", "", {}};
  judge::Language old = cpp();
  old.compile = {"g++", "-o", "main", "main.cpp"};
  r = judge::resolve_language(old, graders);
  EXPECT_TRUE(r.judge_fault);
  EXPECT_NE(r.error.find("has no {sources}"), std::string::npos) << r.error;
}

}  // namespace
