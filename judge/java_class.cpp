#include "judge/java_class.h"

#include <cctype>

#include "base/files.h"
#include "judge/toolchain.h"

namespace judge {

namespace {

constexpr std::size_t kMaxClassName = 200;

bool identifier_byte(char c) {
  // Bytes of a UTF-8 sequence count too: a non-ASCII name is read whole, then refused.
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The index just past a literal opening at `at` ("...", '...' or a """ text block).
std::size_t skip_literal(std::string_view s, std::size_t at) {
  if (s.substr(at, 3) == "\"\"\"") {
    std::size_t end = s.find("\"\"\"", at + 3);
    // A text block's escaped quote (\") cannot end it.
    while (end != std::string_view::npos && s[end - 1] == '\\') end = s.find("\"\"\"", end + 1);
    return end == std::string_view::npos ? s.size() : end + 3;
  }
  char quote = s[at];
  for (std::size_t i = at + 1; i < s.size(); ++i) {
    if (s[i] == '\\')
      ++i;
    else if (s[i] == quote || s[i] == '\n')
      return i + 1;
  }
  return s.size();
}

// The index just past a comment opening at `at` ("//" or "/*").
std::size_t skip_comment(std::string_view s, std::size_t at) {
  std::size_t end = s[at + 1] == '/' ? s.find('\n', at) : s.find("*/", at + 2);
  if (end == std::string_view::npos) return s.size();
  return s[at + 1] == '/' ? end : end + 2;
}

bool type_keyword(std::string_view word) {
  return word == "class" || word == "interface" || word == "enum" || word == "record";
}

}  // namespace

bool is_java_identifier(std::string_view name) {
  if (name.empty() || name.size() > kMaxClassName ||
      std::isdigit(static_cast<unsigned char>(name[0])))
    return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$') ||
        static_cast<unsigned char>(c) >= 0x80)
      return false;
  return true;
}

JavaPublicClass java_public_class(std::string_view s) {
  int depth = 0;
  bool is_public = false, want_name = false;  // in the current top-level declaration
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '/' && i + 1 < s.size() && (s[i + 1] == '/' || s[i + 1] == '*')) {
      i = skip_comment(s, i);
    } else if (c == '"' || c == '\'') {
      i = skip_literal(s, i);
    } else if (identifier_byte(c)) {
      std::size_t start = i;
      while (i < s.size() && identifier_byte(s[i])) ++i;
      std::string_view word = s.substr(start, i - start);
      if (depth != 0) continue;
      // A keyword after one (`public @A(B.class) class X`: the literal's `class`) is not the name.
      if (want_name && !type_keyword(word)) {
        if (!is_java_identifier(word))
          return {std::nullopt,
                  "the public class name '" + std::string(word.substr(0, 64)) +
                      "' is not a plain ASCII Java identifier ([A-Za-z_$][A-Za-z0-9_$]*, at "
                      "most 200 characters): rename the class"};
        return {std::string(word), ""};
      }
      if (word == "public")
        is_public = true;
      else if (is_public && type_keyword(word))
        want_name = true;
    } else {
      if (c == '{') ++depth;
      if (c == '}' && depth > 0) --depth;
      if (c == '{' || c == '}' || c == ';') is_public = want_name = false;
      ++i;
    }
  }
  return {};
}

std::string name_source_after_public_class(Language& language, std::string_view source) {
  JavaPublicClass found = java_public_class(source);
  if (!found.error.empty()) return found.error;
  if (found.name)
    language.source = *found.name + std::filesystem::path(language.source).extension().string();
  return "";
}

std::string java_toolchain_key() {
  // javac is not a C driver: nothing is asked, only its identity taken (no memo directory).
  return "\njavac " + toolchain_fingerprint({"javac"}, {}).value_or("unknown");
}

std::string main_class_error(const std::filesystem::path& artifacts) {
  // The compile command writes it only when some class has a main method (languages.toml).
  const std::string none =
      "no class has a method public static void main(String[]): it is the one that runs";
  base::UniqueFd fd = base::open_file(artifacts / kMainClassFile);
  if (!fd) return none;
  char buffer[kMaxClassName + 2];
  long n = base::read_some(fd.get(), buffer, sizeof buffer);
  std::string_view name(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (name.ends_with('\n')) name.remove_suffix(1);
  if (name.empty()) return none;
  // The compile box wrote it: what reaches the run's argv must be a plain class name.
  if (!is_java_identifier(name))
    return "the class with the main method has a name that is not a plain ASCII Java identifier";
  return "";
}

}  // namespace judge
