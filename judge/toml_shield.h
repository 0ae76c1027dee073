// TOML++ 3.3, Debian 12's, reaches __builtin_unreachable (undefined behaviour) when it asks whether
// one of 3019 non-ASCII characters is whitespace (marzer/tomlplusplus#295, fixed upstream in 2026),
// and any text can make it ask: such a character outside a string, or first after a line-ending
// backslash. So they never reach it. Each becomes a private-use character, which it classifies
// correctly and which TOML 1.0 treats alike (allowed in strings and comments, nowhere else); the
// parsed strings and keys, and error messages, get the originals back.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <toml++/toml.h>

namespace judge {

class TomlShield {
 public:
  // Throws InputError (naming `name`) in the unlikely case of too few unused private-use
  // characters.
  TomlShield(std::string_view text, const std::string& name);
  const std::string& text() const { return text_; }  // what TOML++ may parse
  std::string restore(std::string s) const;          // the original characters back
  void restore(toml::table& table) const;            // in every string and key

 private:
  void restore_node(toml::node& node) const;

  std::string text_;
  std::vector<std::pair<std::string, std::string>> back_;  // placeholder, original (UTF-8)
};

}  // namespace judge
