// TOML++ 3.3 must never see the characters it cannot classify (undefined behaviour, caught by the
// UBSan build of these tests); files that contain them parse to the same values as without the bug.
#include <gtest/gtest.h>

#include <string>

#include "judge/errors.h"
#include "judge/toml_reader.h"
#include "judge/toml_shield.h"

namespace {

std::string error_of(const std::string& text) {
  try {
    judge::TomlFile file(text, "p.toml");
  } catch (const judge::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(TomlShield, TextWithoutUncommonCharactersIsUnchanged) {
  std::string text = "title = \"A + B \xE4\xB8\xAD\"  # \xF0\x9F\x98\x80\nx = 1\n";
  EXPECT_EQ(judge::TomlShield(text, "p.toml").text(), text);
}

TEST(TomlShield, CharactersTomlCannotClassifyAreInputErrors) {
  // What reached __builtin_unreachable in TOML++: outside strings (the fuzzer's first find: U+02AE
  // after a bare key), in a bare value, and first after a line-ending backslash (upstream #190).
  using namespace std::string_literals;
  for (std::string text :
       {"r\xCA\xAE"s, "\xC3\xA9 = 1"s, "a = \xC3\xA9"s, "a = [1, \xC3\xA9]"s,
        "a = 2024-01-01\xC3\xA9"s, "a = \"x\"\xC3\xA9"s, "n= 2schemt\x01\x00a'\xCE\x80u"s,
        "a = 1 \xE2\xBF\xB0"s, "a = 1\xEF\xB9\x8F"s}) {
    EXPECT_NE(error_of(text), "") << text;
  }
  // Positions and messages name the character in the file, not its stand-in.
  EXPECT_EQ(error_of("r\xCA\xAE"),
            "p.toml:1:2: Error while parsing key-value pair: expected '=', saw '\xCA\xAE'");
  EXPECT_EQ(error_of("a = 1 \xC3\xA9"),
            "p.toml:1:7: Error while parsing key-value pair: expected a comment or whitespace, saw "
            "'\xC3\xA9'");
}

TEST(TomlShield, StringsAndKeysKeepTheirCharacters) {
  // Latin-1, Cyrillic, CJK radicals and punctuation, small form variants: all in the ranges.
  std::string title = "Caf\xC3\xA9 \xD0\x9F\xD1\x80\xD0\xB8 \xE2\xBF\xB0 \xE3\x80\x81 \xEF\xB9\x8F";
  std::string continued = "\xC2\xA7 after a line-ending backslash";
  std::string pua = "\xEE\x80\x80";  // U+E000 in the text: never taken as a placeholder
  judge::TomlFile file("title = \"" + title + "\"\n\"\xC3\xA9t\xC3\xA9\" = '" + pua +
                           "\xC3\xA9'\nt = \"\"\"\\\n  " + continued +
                           "\"\"\"\n# \xD0\x9F\xD1\x80\xD0\xB8\n",
                       "p.toml");
  auto root = file.root();
  EXPECT_EQ(root.string("title"), title);
  EXPECT_EQ(root.string("\xC3\xA9t\xC3\xA9"), pua + "\xC3\xA9");
  EXPECT_EQ(root.string("t"), continued);
}

}  // namespace
