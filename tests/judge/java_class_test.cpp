// The public class a Java source declares (judge/java_class.h): what names its file in the compile
// box, so every odd place a class word can hide is skipped, and every odd name refused.
#include "judge/java_class.h"

#include <gtest/gtest.h>

namespace {

std::string name_of(std::string_view source) {
  judge::JavaPublicClass found = judge::java_public_class(source);
  EXPECT_EQ(found.error, "");
  return found.name.value_or("<none>");
}

TEST(JavaClass, FindsThePublicTopLevelType) {
  EXPECT_EQ(name_of("import java.util.*;\npublic class Solution {}\n"), "Solution");
  EXPECT_EQ(name_of("public final class A$b_1<T extends Comparable<T>> {}"), "A$b_1");
  EXPECT_EQ(name_of("@SuppressWarnings(\"x\") public record Point(int x) {}"), "Point");
  EXPECT_EQ(name_of("public @interface Note {}"), "Note");
  EXPECT_EQ(name_of("public @Tag(Other.class) class Tagged {}"), "Tagged");
  EXPECT_EQ(name_of("public non-sealed interface Shape {}"), "Shape");
  // A non-public class first, then the public one.
  EXPECT_EQ(name_of("class Helper {}\npublic enum Kind { A }"), "Kind");
}

TEST(JavaClass, SkipsCommentsLiteralsAndNestedTypes) {
  EXPECT_EQ(
      name_of(
          "// public class Line\n/* public class Block */\n"
          "class Outer { public class Inner {} String s = \"public class S\"; }\n"
          "class T { char c = '\"'; String t = \"\"\"\n public class Text \\\"\"\" }\n\"\"\"; }\n"
          "public class Real {}"),
      "Real");
  EXPECT_EQ(name_of("class Main { public static void main(String[] a) {} }"), "<none>");
  EXPECT_EQ(name_of("public static"), "<none>");  // cut short
  EXPECT_EQ(name_of("/* never closed public class X"), "<none>");
}

TEST(JavaClass, RefusesNamesThatAreNotPlainIdentifiers) {
  for (std::string_view source : {"public class Ünïcode {}", "public class Kläss {}"}) {
    judge::JavaPublicClass found = judge::java_public_class(source);
    EXPECT_FALSE(found.name) << source;
    EXPECT_NE(found.error.find("is not a plain ASCII Java identifier"), std::string::npos)
        << found.error;
  }
  EXPECT_TRUE(judge::is_java_identifier("Solution"));
  EXPECT_TRUE(judge::is_java_identifier("_$x9"));
  for (std::string_view name : {"", "9a", "..", "a/b", "-cp", "a.b", "a b", "ü"})
    EXPECT_FALSE(judge::is_java_identifier(name)) << name;
  EXPECT_FALSE(judge::is_java_identifier(std::string(201, 'a')));
  EXPECT_TRUE(judge::is_java_identifier(std::string(200, 'a')));
}

TEST(JavaClass, TheSourceIsNamedAfterIt) {
  judge::Language java;
  java.source = "Main.java";
  EXPECT_EQ(judge::name_source_after_public_class(java, "public class Solution {}"), "");
  EXPECT_EQ(java.source, "Solution.java");
  java.source = "Main.java";
  EXPECT_EQ(judge::name_source_after_public_class(java, "class Solution {}"), "");
  EXPECT_EQ(java.source, "Main.java");
  EXPECT_NE(judge::name_source_after_public_class(java, "public class Lösung {}"), "");
  EXPECT_EQ(java.source, "Main.java");
}

}  // namespace
