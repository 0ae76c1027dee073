// A fresh directory under /tmp for one test, removed with everything in it.
#pragma once

#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

namespace test {

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name = "judge-test") {
    std::string tmpl = "/tmp/" + name + "-XXXXXX";
    path = ::mkdtemp(tmpl.data());
    ::chmod(path.c_str(), 0755);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace test
