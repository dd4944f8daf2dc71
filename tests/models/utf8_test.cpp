// models/utf8: the one UTF-8 decoder, and what counts as a control character.
#include "utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace kinmap {
namespace {

char32_t decoded(std::string_view text, std::size_t expected_length) {
  char32_t cp = 0;
  EXPECT_EQ(decode_utf8(text, 0, cp), expected_length) << text;
  return cp;
}

TEST(Utf8, DecodesOneToFourByteCharacters) {
  EXPECT_EQ(decoded("A", 1), U'A');
  EXPECT_EQ(decoded("\u00E9", 2), U'\u00E9');  // é
  EXPECT_EQ(decoded("\u0416", 2), U'\u0416');  // Ж
  EXPECT_EQ(decoded("\u5F20", 3), U'\u5F20');  // 张
  EXPECT_EQ(decoded("\U0001F600", 4), U'\U0001F600');
}

TEST(Utf8, RefusesWhatIsNotWellFormed) {
  for (const std::string bad :
       {"\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
        "\xC3", "\xE5\xBC", "\xC3\x28"}) {
    char32_t cp = 0;
    EXPECT_EQ(decode_utf8(bad, 0, cp), 0u) << ::testing::PrintToString(bad);
  }
}

TEST(Utf8, FindsTheFirstInvalidByte) {
  EXPECT_EQ(first_invalid_utf8("plain text, Zo\u00EB, \u5F20\u4F1F"), std::string_view::npos);
  EXPECT_EQ(first_invalid_utf8(std::string("Zo\u00EB \xFF more")), 5u);
  EXPECT_EQ(first_invalid_utf8(std::string("cut \xE5\xBC")), 4u);
}

TEST(Utf8, ControlCharactersAreTheOnesThatCanDriveATerminalOrReorderALine) {
  for (char32_t cp : {U'\0', U'\a', U'\t', U'\n', U'\x1B', U'\x7F', U'\u0085', U'\u009B', U'\u202A',
                      U'\u202E', U'\u2066', U'\u2069'})
    EXPECT_TRUE(is_control_character(cp)) << static_cast<unsigned>(cp);
  for (char32_t cp : {U' ', U'A', U'~', U'\u00A0', U'\u00E9', U'\u2060', U'\u2029', U'\U0001F600'})
    EXPECT_FALSE(is_control_character(cp)) << static_cast<unsigned>(cp);
}

}  // namespace
}  // namespace kinmap
