// What a compile command's output depends on besides its arguments and the source: the toolchain.
// For the compile cache's key.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace judge {

// The identity (device, inode, size, mtime) of the program `command` starts and, for a gcc or clang
// driver, of the parts it names: compilers proper (cc1, cc1plus), assembler, linker, the static
// libraries and start files a `-static` link takes, and the include directories (a package upgrade
// renames new files into them, which changes their mtime). The driver is asked once per process
// and driver identity, and its answers are kept in `memo_dir` (trusted: the cache's own) for the
// next process; the parts are looked at (a stat each) on every call. nullopt when the driver
// could not be asked.
std::optional<std::string> toolchain_fingerprint(const std::vector<std::string>& command,
                                                 const std::filesystem::path& memo_dir);

}  // namespace judge
