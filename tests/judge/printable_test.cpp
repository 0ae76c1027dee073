// judge::printable: what reports and `judge verify` print of untrusted text.
#include <gtest/gtest.h>

#include "judge/report.h"

namespace {

TEST(Printable, ControlCharactersButNewlineAndTabBecomeQuestionMarks) {
  EXPECT_EQ(judge::printable("a\x1b]0;owned\x07z"), "a?]0;owned?z");
  EXPECT_EQ(judge::printable("line 1\n\tline 2\r"), "line 1\n\tline 2?");
  EXPECT_EQ(judge::printable("del\x7f"), "del?");
}

TEST(Printable, Utf8C1ControlsGoAndOtherUtf8Stays) {
  EXPECT_EQ(judge::printable("csi \xc2\x9b" "31m"), "csi ?31m");
  EXPECT_EQ(judge::printable("caf\xc3\xa9 \xe2\x9c\x93"), "caf\xc3\xa9 \xe2\x9c\x93");
}

}  // namespace
