// Names as the linkage sees them: ICU folding and transliteration, the
// surname's Soundex, the nickname table.
#include "caseload/names.h"

#include <gtest/gtest.h>

namespace kinmap::caseload {
namespace {

TEST(Names, FoldsAccentsCaseAndPunctuation) {
  EXPECT_EQ(fold_name("Seán O'Brien-Kelly"), "sean obrien kelly");
  EXPECT_EQ(fold_name("  ZOË   Smith "), "zoe smith");
  EXPECT_EQ(fold_name("Łukasz Wójcik"), "lukasz wojcik");
}

TEST(Names, TransliteratesOtherScripts) {
  EXPECT_EQ(fold_name("Алексей Иванов"), "aleksej ivanov");
  EXPECT_EQ(fold_name("Γιώργος Παπαδόπουλος"), "giorgos papadopoulos");
}

TEST(Names, SplitsForenameAndSurname) {
  const NormalisedName n = split_name("sean obrien kelly");
  EXPECT_EQ(n.forename, "sean");
  EXPECT_EQ(n.surname, "kelly");
  EXPECT_EQ(split_name("mia").surname, "");
}

TEST(Names, SoundexAsPublished) {
  // The examples of the US National Archives' description of Soundex.
  EXPECT_EQ(soundex("robert"), "R163");
  EXPECT_EQ(soundex("rupert"), "R163");
  EXPECT_EQ(soundex("ashcraft"), "A261");
  EXPECT_EQ(soundex("tymczak"), "T522");
  EXPECT_EQ(soundex("pfister"), "P236");
  EXPECT_EQ(soundex("hurst"), soundex("hirst"));
  EXPECT_EQ(soundex(""), "");
}

TEST(Names, NicknamesAndSpellingsShareAGroup) {
  EXPECT_EQ(forename_group("bill"), "william");
  EXPECT_EQ(forename_group("danny"), "daniel");
  EXPECT_EQ(forename_group("muhammad"), forename_group("mohammed"));
  EXPECT_EQ(forename_group("zebedee"), "zebedee");
  EXPECT_NE(forename_group("jordan"), forename_group("jayden"));
}

}  // namespace
}  // namespace kinmap::caseload
