// Java submissions whose public class is not Main (docs/languages.md, "Java"): javac wants a
// public top-level class Foo in the file Foo.java, so the name is read from the source before it
// compiles. The class to run is found after compiling, by the language's compile command.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "judge/language.h"

namespace judge {

struct JavaPublicClass {
  std::optional<std::string> name;  // none: the source declares no public top-level type
  std::string error;                // set: a name the judge will not use as a file name
};

// The first public top-level class, interface, enum or record `source` declares (comments,
// string, text block and character literals skipped; only brace depth 0 counts). A name that is
// not a plain ASCII Java identifier is an error: it becomes a file name in the compile box.
JavaPublicClass java_public_class(std::string_view source);

// [A-Za-z_$][A-Za-z0-9_$]*, at most 200 characters: what the judge accepts as a class name.
bool is_java_identifier(std::string_view name);

// The artifact in which a java_class_detection language's compile leaves the class to run.
inline constexpr const char* kMainClassFile = "main-class";

// java_class_detection: names `language`'s source after the public class `source` declares (its
// extension kept; unchanged when there is none). Returns the CE message when the name cannot be
// used, else "".
std::string name_source_after_public_class(Language& language, std::string_view source);

// For the cache key: the compile command is a shell script (languages.toml), whose identity the
// toolchain fingerprint takes; this is that of the javac it runs, so that a JDK upgrade changes
// the key.
std::string java_toolchain_key();

// After such a compile: "" when ARTIFACTS/main-class holds one class name (a line), else the CE
// message.
std::string main_class_error(const std::filesystem::path& artifacts);

}  // namespace judge
