// A Polygon package's own testlib.h, which its testlib programs (validators, checkers,
// interactors) are compiled with: the judge vendors none, and a package may need a newer testlib
// than any other copy (docs/package-formats.md, "Polygon packages").
#pragma once

#include <filesystem>
#include <vector>

#include "judge/package/package_dir.h"
#include "judge/package/polygon_xml.h"

namespace judge {

// The files to put beside `source` (a file of the package) in its compile box: the package's
// testlib.h when the source includes it, else none. Throws InputError, naming `node`, when the
// source includes testlib.h and the package holds none (a <files><resources><file> named
// testlib.h, else files/testlib.h).
std::vector<std::filesystem::path> polygon_compile_files(const PackageDir& package,
                                                         const PolygonXml& xml, pugi::xml_node node,
                                                         const std::filesystem::path& source);

}  // namespace judge
