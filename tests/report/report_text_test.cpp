// Making case data safe to print, wrapping, and escaping Markdown.
#include "report/report_text.h"

#include <gtest/gtest.h>

namespace kinmap::report {
namespace {

TEST(ReportText, PrintableRemovesControlCharactersAndBidiOverrides) {
  EXPECT_EQ(printable("Ryan\x1b[2J\x1b]0;owned\x07 Cole"), "Ryan[2J]0;owned Cole");
  EXPECT_EQ(printable("a\tb\nc\rd"), "a b c d");
  EXPECT_EQ(printable("x\xc2\x9b"
                      "31my"),
            "x31my");  // C1 CSI
  EXPECT_EQ(printable("abc\xe2\x80\xae"
                      "def"),
            "abcdef");                                 // U+202E right-to-left override
  EXPECT_EQ(printable("Zo\xc3\xab"), "Zo\xc3\xab");    // ë stays
  EXPECT_EQ(printable("bad\xff"), "bad\xef\xbf\xbd");  // invalid UTF-8 becomes U+FFFD
}

TEST(ReportText, WrapKeepsEveryLineWithinTheWidth) {
  const std::string text =
      "Ryan Cole (Mia's father) has weekly unsupervised contact with Mia and is recorded as a "
      "risk: "
      "domestic abuse perpetrator (police, 2026-04-20).";
  const std::string out = wrap(text, 40, "  1. ", "     ");
  std::size_t start = 0;
  int lines = 0;
  while (start < out.size()) {
    const std::size_t end = out.find('\n', start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(display_width(out.substr(start, end - start)), 40u) << out.substr(start, end - start);
    EXPECT_EQ(out.substr(start, 5), lines == 0 ? "  1. " : "     ");
    start = end + 1;
    ++lines;
  }
  EXPECT_GT(lines, 2);
  EXPECT_EQ(out.rfind("     2026-04-20).\n") != std::string::npos ||
                out.find("2026-04-20).\n") != std::string::npos,
            true);
}

TEST(ReportText, WrapBreaksAWordLongerThanALine) {
  const std::string out = wrap(std::string(30, 'x') + " end", 12, "", "  ");
  EXPECT_EQ(out, "xxxxxxxxxxxx\n  xxxxxxxxxx\n  xxxxxxxx\n  end\n");
}

TEST(ReportText, WidthCountsCharactersNotBytes) {
  EXPECT_EQ(display_width("Zoë Müller"), 10u);
  const std::string out = wrap("Zoë Zoë Zoë Zoë", 7, "", "");
  EXPECT_EQ(out, "Zoë Zoë\nZoë Zoë\n");
}

TEST(ReportText, MarkdownEscapesWhatWouldRenderAsMarkup) {
  EXPECT_EQ(markdown_escape("**Bold** _it_ [link](http://x) <script>"),
            "\\*\\*Bold\\*\\* \\_it\\_ \\[link\\](http://x) \\<script\\>");
  EXPECT_EQ(markdown_escape("# Heading"), "\\# Heading");
  EXPECT_EQ(markdown_escape("1. Not a list"), "1\\. Not a list");
  EXPECT_EQ(markdown_escape("- item"), "\\- item");
  EXPECT_EQ(markdown_escape("a | b ` c"), "a \\| b \\` c");
  EXPECT_EQ(markdown_escape("ex-partner, 2026-05."),
            "ex-partner, 2026-05.");  // prose stays readable
}

}  // namespace
}  // namespace kinmap::report
