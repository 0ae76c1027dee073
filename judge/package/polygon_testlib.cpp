#include "judge/package/polygon_testlib.h"

#include <string>

namespace judge {
namespace fs = std::filesystem;

namespace {

// The package's testlib.h: a <files><resources><file> of that name, else files/testlib.h; empty
// when there is none.
fs::path package_testlib(const PackageDir& package, const PolygonXml& xml) {
  for (pugi::xml_node file : xml.root().child("files").child("resources").children("file")) {
    std::string path = file.attribute("path").value();
    if (fs::path(path).filename() == "testlib.h" && package.is_file(package.find(path)))
      return package.find(path);
  }
  fs::path standard = package.find("files/testlib.h");
  return package.is_file(standard) ? standard : fs::path();
}

// Whether a source includes testlib.h (at most its first 1MiB is looked at).
bool includes_testlib(const PackageDir& package, const fs::path& source) {
  std::string text = package.read_text(source, 1 << 20);
  return text.find("testlib.h\"") != std::string::npos ||
         text.find("testlib.h>") != std::string::npos;
}

}  // namespace

std::vector<fs::path> polygon_compile_files(const PackageDir& package, const PolygonXml& xml,
                                            pugi::xml_node node, const fs::path& source) {
  if (!includes_testlib(package, source)) return {};
  fs::path testlib = package_testlib(package, xml);
  if (testlib.empty())
    xml.fail(node, source.lexically_relative(package.root()).string() +
                       " includes testlib.h, which the package does not hold (files/testlib.h or "
                       "a <resources> file named testlib.h)");
  return {testlib};
}

}  // namespace judge
