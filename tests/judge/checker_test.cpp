#include "judge/checker.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using judge::CheckerSpec;
using judge::CheckerType;

CheckerSpec of(CheckerType type) {
  CheckerSpec s;
  s.type = type;
  return s;
}

TEST(Checker, Exact) {
  auto s = of(CheckerType::Exact);
  EXPECT_TRUE(judge::check(s, "1 2\n", "1 2\n").accepted);
  auto r = judge::check(s, "1 2", "1 2\n");
  EXPECT_FALSE(r.accepted);
  EXPECT_NE(r.message.find("sizes 3 and 4"), std::string::npos) << r.message;
}

TEST(Checker, LinesIgnoreTrailingSpaceAndBlankLinesAtTheEnd) {
  auto s = of(CheckerType::Lines);
  EXPECT_TRUE(judge::check(s, "a b  \nc\n\n\n", "a b\nc").accepted);
  EXPECT_FALSE(judge::check(s, "a  b\nc\n", "a b\nc\n").accepted);
  auto r = judge::check(s, "a\nx\n", "a\nb\n");
  EXPECT_EQ(r.message, "line 2: expected 'b', found 'x'");
  EXPECT_EQ(judge::check(s, "a\n", "a\nb\n").message, "line 2: output ends early: expected 'b'");
}

// testlib's fcmp.cpp: answer lines read with readString ('\r' before '\n' dropped) and compared
// exactly with the output's ("" past its end); on _ok testlib rejects anything but whitespace left
// in the output ("Extra information in the output file").
TEST(Checker, LinesWithSpacesCountAsTestlibFcmp) {
  auto s = of(CheckerType::Lines);
  s.line_spaces_count = true;
  EXPECT_TRUE(judge::check(s, "a b\r\nc\n", "a b\nc").accepted);
  EXPECT_TRUE(judge::check(s, "a b\nc\n\n  \n\t", "a b\nc\n").accepted);
  EXPECT_EQ(judge::check(s, "a b  \nc\n", "a b\nc\n").message,
            "line 1: expected 'a b', found 'a b  '");
  EXPECT_EQ(judge::check(s, " a\n", "a\n").message, "line 1: expected 'a', found ' a'");
  EXPECT_EQ(judge::check(s, "a\n", "a\n  \n").message, "line 2: output ends early: expected '  '");
  EXPECT_EQ(judge::check(s, "a\n  \nb\n", "a\n").message, "line 2: extra output '  '");
  EXPECT_EQ(judge::check(s, "a\n\nb", "a\n\nc").message, "line 3: expected 'c', found 'b'");
  // Without the flag, the same trailing spaces pass (the judge's own `lines`).
  EXPECT_TRUE(judge::check(of(CheckerType::Lines), "a b  \nc\n", "a b\nc\n").accepted);
}

TEST(Checker, LinesEmptyLinesOnlyCountBeforeMoreText) {
  auto s = of(CheckerType::Lines);
  EXPECT_TRUE(judge::check(s, "a\n\n \t\n\r\n", "a").accepted);
  EXPECT_TRUE(judge::check(s, "a", "a\n\n\n").accepted);
  // The output ends where the empty lines both have begin: there the answer has an empty line.
  EXPECT_EQ(judge::check(s, "a\n\n", "a\n\n\nb\n").message,
            "line 2: output ends early: expected ''");
  EXPECT_EQ(judge::check(s, "a\n\n  \nb", "a\n").message, "line 2: extra output ''");
  EXPECT_EQ(judge::check(s, "a\n\nb", "a\n\nc").message, "line 3: expected 'c', found 'b'");
  EXPECT_EQ(judge::check(s, "a\nb\n", "a\n").message, "line 2: extra output 'b'");
  EXPECT_EQ(judge::check(s, "", "\n\nx").message, "line 1: output ends early: expected ''");
  EXPECT_EQ(judge::check(s, "x  \n", "y").message, "line 1: expected 'y', found 'x'");
}

TEST(Checker, TokensIgnoreWhitespaceLayout) {
  auto s = of(CheckerType::Tokens);
  EXPECT_TRUE(judge::check(s, "1\n2   3\t\n", "1 2 3").accepted);
  EXPECT_EQ(judge::check(s, "1 2 4", "1 2 3").message, "token 3: expected '3', found '4'");
  EXPECT_EQ(judge::check(s, "1 2", "1 2 3").message, "output ends early: expected '3' (token 3)");
  EXPECT_EQ(judge::check(s, "1 2 3 4", "1 2 3").message, "extra output '4' (token 4)");
  EXPECT_FALSE(judge::check(s, "YES", "yes").accepted);
  s.case_sensitive = false;
  EXPECT_TRUE(judge::check(s, "YES", "yes").accepted);
  EXPECT_TRUE(judge::check(s, "", "").accepted);
  EXPECT_FALSE(judge::check(s, "", "1").accepted);
}

TEST(Checker, FloatWithinEitherTolerance) {
  auto s = of(CheckerType::Float);
  s.abs_tolerance = 1e-6;
  s.rel_tolerance = 1e-6;
  EXPECT_TRUE(judge::check(s, "3.1415927", "3.14159265").accepted);
  EXPECT_FALSE(judge::check(s, "3.1416", "3.14159265").accepted);
  EXPECT_TRUE(judge::check(s, "1000000.5", "1000000.0").accepted) << "relative tolerance";
  EXPECT_FALSE(judge::check(s, "1000002", "1000000.0").accepted);
  EXPECT_TRUE(judge::check(s, "1e-7", "0").accepted) << "absolute tolerance";
  EXPECT_FALSE(judge::check(s, "nan", "1.0").accepted);
  EXPECT_FALSE(judge::check(s, "inf", "1.0").accepted);
  EXPECT_TRUE(judge::check(s, "case 1: 2.0000001", "case 1: 2").accepted)
      << "words compare exactly";
  EXPECT_FALSE(judge::check(s, "Case 1: 2", "case 1: 2").accepted);
  EXPECT_FALSE(judge::check(s, "0x10", "16").accepted) << "only decimal numbers";
}

TEST(Checker, FloatWordsIgnoreCaseWhenAsked) {
  auto s = of(CheckerType::Float);
  s.abs_tolerance = 1e-6;
  EXPECT_FALSE(judge::check(s, "nan", "NaN").accepted) << "case-sensitive by default";
  s.case_sensitive = false;
  EXPECT_TRUE(judge::check(s, "nan", "NaN").accepted);
  EXPECT_TRUE(judge::check(s, "Case 1: 2.0000001", "case 1: 2").accepted);
  EXPECT_EQ(judge::check(s, "case 1: 2.1", "CASE 1: 2").message,
            "token 3: expected '2', found '2.1' (difference 0.1)")
      << "numbers as before";
  EXPECT_FALSE(judge::check(s, "inf", "nan").accepted);
}

TEST(Checker, FloatOutOfRangeSignsAndNonFiniteTokens) {
  auto s = of(CheckerType::Float);
  EXPECT_TRUE(judge::check(s, "1e-400", "0").accepted) << "too small for a double is 0";
  EXPECT_TRUE(judge::check(s, "-1e-400", "0.0").accepted);
  EXPECT_FALSE(judge::check(s, "1e400", "1e300").accepted) << "too large is infinite";
  EXPECT_TRUE(judge::check(s, "+8", "8").accepted);
  EXPECT_TRUE(judge::check(s, "8", "+8.0000001").accepted);
  EXPECT_FALSE(judge::check(s, "++8", "8").accepted);
  EXPECT_FALSE(judge::check(s, "+-8", "-8").accepted);
  // Non-finite and hexadecimal tokens match only as the same text.
  EXPECT_TRUE(judge::check(s, "nan", "nan").accepted);
  EXPECT_FALSE(judge::check(s, "NaN", "nan").accepted);
  EXPECT_FALSE(judge::check(s, "1E400", "1e400").accepted);
  EXPECT_FALSE(judge::check(s, "0x1p3", "8").accepted);
  EXPECT_EQ(judge::check(s, "1.5", "1").message,
            "token 1: expected '1', found '1.5' (difference 0.5)");
}

TEST(Checker, MessagesQuoteUnprintableBytes) {
  auto r = judge::check(of(CheckerType::Tokens), std::string("a\x01", 2), "a");
  EXPECT_EQ(r.message, "token 1: expected 'a', found 'a\\x01'");
}

TEST(Checker, ReadingInPiecesChangesNothing) {
  std::string long_line(100, 'x');
  std::vector<std::pair<std::string, std::string>> cases = {
      {"", ""},
      {"1 2\n", "1 2\n"},
      {"1 2", "1 2\n"},
      {"a b  \nc\n\n\n", "a b\nc"},
      {"a\nx\n", "a\nb\n"},
      {"a\n\n", "a\n\n\nb\n"},
      {"a\n\n \nb", "a\n"},
      {"1\n2   3\t\n", "1 2 3"},
      {"1 2", "1 2 3"},
      {"YES", "yes"},
      {"3.1415927", "3.14159265"},
      {"1.5 x", "1 x"},
      {long_line + "\n", long_line + "y\n"},
      {"a " + long_line + " b", "a " + long_line + " c"},
      {long_line, long_line + "\n\n"},
      {"x\r\n", "x\n"}};
  for (auto type :
       {CheckerType::Exact, CheckerType::Lines, CheckerType::Tokens, CheckerType::Float}) {
    for (const auto& [output, answer] : cases) {
      auto whole = judge::check(of(type), output, answer);
      for (std::size_t size : {1, 2, 3, 7, 64}) {
        judge::StringText out(output, size), ans(answer, size + 1);
        auto pieces = judge::check(of(type), out, ans);
        EXPECT_EQ(pieces.accepted, whole.accepted)
            << output << " | " << answer << " in pieces of " << size;
        EXPECT_EQ(pieces.message, whole.message)
            << output << " | " << answer << " in pieces of " << size;
      }
    }
  }
}

}  // namespace
