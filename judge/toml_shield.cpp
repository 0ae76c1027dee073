#include "judge/toml_shield.h"

#include <map>
#include <set>

#include "judge/errors.h"

namespace judge {
namespace {

// The characters TOML++ 3.3's is_non_ascii_horizontal_whitespace cannot classify, found by calling
// it on every code point under UBSan.
bool unclassifiable(char32_t c) {
  return (c >= 0xA1 && c <= 0x499) || (c >= 0x2C5E && c <= 0x2FFF) ||
         (c >= 0x3001 && c <= 0x3057) || (c >= 0xFB26 && c <= 0xFEFE);
}

constexpr char32_t kPrivateUseFirst = 0xE000, kPrivateUseLast = 0xF8FF;

std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
  } else {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  }
  s += static_cast<char>(0x80 | (c & 0x3F));
  return s;
}

// The character of a well-formed 2- or 3-byte UTF-8 sequence at `pos` and its length, or length 0.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t pos) {
  auto byte = [&](std::size_t i) -> unsigned {
    return pos + i < text.size() ? static_cast<unsigned char>(text[pos + i]) : 0;
  };
  auto continuation = [&](std::size_t i) { return (byte(i) & 0xC0) == 0x80; };
  unsigned lead = byte(0);
  if (lead >= 0xC2 && lead <= 0xDF && continuation(1))
    return {((lead & 0x1F) << 6) | (byte(1) & 0x3F), 2};
  if (lead >= 0xE0 && lead <= 0xEF && continuation(1) && continuation(2)) {
    char32_t c = ((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) return {c, 3};
  }
  return {0, 0};
}

}  // namespace

TomlShield::TomlShield(std::string_view text, const std::string& name) {
  std::set<char32_t> used;  // private-use characters in the text, not to be taken as placeholders
  bool any = false;
  for (std::size_t pos = 0; pos < text.size();) {
    auto [c, length] = decode(text, pos);
    if (c >= kPrivateUseFirst && c <= kPrivateUseLast) used.insert(c);
    any = any || unclassifiable(c);
    pos += length ? length : 1;
  }
  if (!any) {
    text_ = text;
    return;
  }
  std::map<char32_t, std::string> placeholder;
  char32_t next = kPrivateUseFirst;
  for (std::size_t pos = 0; pos < text.size();) {
    auto [c, length] = decode(text, pos);
    if (!unclassifiable(c)) {
      std::size_t n = length ? length : 1;
      text_.append(text.substr(pos, n));
      pos += n;
      continue;
    }
    auto it = placeholder.find(c);
    if (it == placeholder.end()) {
      while (next <= kPrivateUseLast && used.count(next)) ++next;
      if (next > kPrivateUseLast)
        throw InputError(name, 0, 0, "too many different uncommon characters");
      it = placeholder.emplace(c, utf8(next++)).first;
      back_.emplace_back(it->second, utf8(c));
    }
    text_ += it->second;
    pos += length;
  }
}

std::string TomlShield::restore(std::string s) const {
  for (const auto& [from, to] : back_)
    for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
      s.replace(pos, from.size(), to);
  return s;
}

void TomlShield::restore_node(toml::node& node) const {
  if (auto* table = node.as_table())
    restore(*table);
  else if (auto* array = node.as_array())
    for (toml::node& element : *array) restore_node(element);
  else if (auto* string = node.as_string())
    string->get() = restore(std::move(string->get()));
}

void TomlShield::restore(toml::table& table) const {
  if (back_.empty()) return;
  std::vector<std::string> renamed;
  for (auto&& [key, value] : table) {
    restore_node(value);
    if (restore(std::string(key.str())) != key.str()) renamed.emplace_back(key.str());
  }
  for (const std::string& old : renamed) {
    // The restored key is new to the table: placeholders map one-to-one to characters not in it.
    auto it = table.find(old);
    table.insert(toml::key(restore(old), it->first.source()), std::move(it->second));
    table.erase(old);
  }
}

}  // namespace judge
