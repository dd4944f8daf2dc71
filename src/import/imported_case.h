// The last step every importer shares: the options the user gave, the
// contradictions genealogy data holds and kinmap rejects, and the check that
// the written case file loads.
//
//   Case c = read_gedcom(text, "tree.ged", report);
//   std::string json = finish_import(std::move(c), options, "tree.json", report);
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "case.h"
#include "diagnostics.h"
#include "import/import_report.h"
#include "partial_date.h"

namespace kinmap {

/// What `kinmap import` was told about the case as a whole.
struct ImportOptions {
  std::string case_id = "IMPORTED";
  std::string title;
  PartialDate as_of = *PartialDate::parse("2000");
  std::vector<std::string> focus;
};

/// Sets the case section from `options`; weakens what kinmap would reject
/// (a birth after as_of, a death before a birth, a third biological parent,
/// a partnership dated before 1850) and counts each change in `report`;
/// writes the case file and loads it back. Returns the case file's text, or
/// throws CaseFileError with the loader's diagnostics. Warnings the loader
/// gives are returned in `warnings`.
std::string finish_import(Case c, const ImportOptions& options, const std::string& output_name,
                          ImportReport& report, std::vector<Diagnostic>& warnings);

/// The dates an importer writes, for ImportReport::approximate_dates.
enum class DateField { born, died, start, end };
std::string date_place(const Person& p, DateField field);
std::string date_place(const Relationship& r, DateField field);

/// A kinmap id from an outside one: letters, digits, '_', '.', '-', at most
/// 64; other characters become '_'. Empty input gives "P".
std::string sanitize_id(std::string_view outside);

/// Hands out ids unique across a case, also ignoring case (the loader rejects
/// ids that differ only in case): a clash gets "-2", "-3", ...
class IdAllocator {
 public:
  std::string take(const std::string& wanted);

 private:
  std::set<std::string> taken_;  // lowercase
};

}  // namespace kinmap
