// Names as the linkage compares them: transliterated to Latin, folded to
// lower-case ASCII letters (ICU), split into forename and surname; a
// phonetic code of the surname; and nickname and spelling variants of
// forenames as data (nicknames.txt), so Bill matches William and Mohammed
// matches Muhammad.
#pragma once

#include <string>
#include <string_view>

namespace kinmap::caseload {

struct NormalisedName {
  std::string forename;  ///< first word, "" when none
  std::string surname;   ///< last word when there are two or more, else ""
};

/// "Seán O'Brien-Kelly" -> "sean obrien kelly"; "Алексей Иванов" -> "aleksej ivanov".
/// Letters a-z and single spaces only. Thread-safe.
std::string fold_name(std::string_view name);

/// The forename and surname of a folded full name ("sean obrien kelly": "sean", "kelly").
NormalisedName split_name(std::string_view folded);

/// American Soundex of a folded word ("robert" -> "R163"); "" for "".
std::string soundex(std::string_view word);

/// The canonical forename of `folded`'s nickname group ("bill" -> "william"),
/// or `folded` itself when it is in no group.
std::string forename_group(std::string_view folded);

}  // namespace kinmap::caseload
