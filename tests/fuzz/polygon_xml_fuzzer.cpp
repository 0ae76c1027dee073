// libFuzzer: problem.xml of a Polygon package whose tests/01..03 and their answers exist. A
// Problem or an InputError out, nothing else (no crash, no other exception, no hang).
#include "tests/fuzz/package_fuzz.h"

namespace {

const std::filesystem::path& package_dir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d = std::filesystem::path(FUZZ_FIXTURE_DIR) / "polygon";
    for (const char* n : {"01", "02", "03"}) {
      fuzz::put(d, std::string("tests/") + n, "1\n");
      fuzz::put(d, std::string("tests/") + n + ".a", "1\n");
    }
    fuzz::put(d, "files/check.cpp", "int main() {}\n");
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::put(package_dir(), "problem.xml",
            std::string_view(reinterpret_cast<const char*>(data), size));
  fuzz::load(package_dir());
  return 0;
}
