// The CSV grammar of the extracts: quoting, line breaks inside fields, BOM,
// CRLF, and errors that name the place.
#include "import/csv_table.h"

#include <gtest/gtest.h>

namespace kinmap {
namespace {

TEST(CsvTable, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
  Diagnostics d("t.csv");
  const CsvTable t = CsvTable::parse(
      "\xEF\xBB\xBFid,note\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\r\nthen go\"\r\n3,\r\n", d);
  ASSERT_FALSE(d.has_errors());
  ASSERT_EQ(t.header().size(), 2u);
  EXPECT_EQ(t.header()[0].text, "id");  // the byte-order mark is not part of the name
  ASSERT_EQ(t.rows().size(), 3u);
  EXPECT_EQ(t.rows()[0].fields[1].text, "a, b");
  EXPECT_EQ(t.rows()[1].fields[1].text, "say \"hi\"\nthen go");
  EXPECT_EQ(t.rows()[2].line, 5);  // the line break inside row 2 counts
  EXPECT_EQ(t.rows()[2].fields.size(), 2u);
  EXPECT_EQ(t.rows()[2].fields[1].text, "");
}

TEST(CsvTable, ColumnsAreFoundWhateverTheSpellingOfTheHeader) {
  Diagnostics d("t.csv");
  const CsvTable t = CsvTable::parse("Person ID,Date-of-Birth\nP1, 01/02/2003 \n", d);
  EXPECT_EQ(t.column({"person_id"}), 0u);
  EXPECT_EQ(t.column({"dob", "date_of_birth"}), 1u);
  EXPECT_EQ(t.field(t.rows()[0], t.column({"dob", "date_of_birth"})).text, "01/02/2003");
  EXPECT_EQ(t.field(t.rows()[0], t.column({"dob", "date_of_birth"})).column, 4);
}

TEST(CsvTable, AnUnclosedQuoteIsAnErrorAtItsStart) {
  Diagnostics d("t.csv");
  CsvTable::parse("id,name\nP1,\"Maya\nP2,Leon\n", d);
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].line, 2);
  EXPECT_EQ(d.all()[0].column, 4);
  EXPECT_NE(d.all()[0].message.find("never closed"), std::string::npos);
}

TEST(CsvTable, AStrayQuoteAndTextAfterAClosingQuoteAreErrors) {
  Diagnostics a("t.csv");
  CsvTable::parse("id,name\nP1,Ma\"ya\n", a);
  ASSERT_EQ(a.all().size(), 1u);
  EXPECT_EQ(a.all()[0].to_string(),
            "t.csv:2:6: error: a '\"' inside an unquoted field; quote the "
            "whole field and double the quote (\"\")");
  Diagnostics b("t.csv");
  CsvTable::parse("id,name\nP1,\"Maya\"x\n", b);
  ASSERT_EQ(b.all().size(), 1u);
  EXPECT_EQ(b.all()[0].column, 10);
}

TEST(CsvTable, BytesThatAreNotUtf8AreAnErrorAtTheirPlace) {
  Diagnostics d("t.csv");
  CsvTable::parse("id,name\nP1,Ren\xE9\n", d);
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].line, 2);
  EXPECT_EQ(d.all()[0].column, 7);
}

}  // namespace
}  // namespace kinmap
