// The case-conference page: one self-contained, printable HTML document with
// the genogram, who is around each child, the findings and the chronology.
//
// The page is built from plain rows, already worded (and already redacted
// when names must not appear), so this file decides layout and escaping only.
#pragma once

#include <string>
#include <vector>

#include "analysis/finding.h"
#include "report/report_layout.h"

namespace kinmap {

/// One person in a child's circle, as the chair runs down the table.
struct CircleRow {
  std::string person;  ///< display name or role
  std::string link;    ///< how they come to be around the child, plain English
  bool lives_with_child = false;
  bool assessed = false;
  std::string assessment;  ///< e.g. "complete, 2026-09-10" or "none"
  bool named_in_plan = false;
  bool invited = false;
  bool poses_risk = false;
};

struct CircleTable {
  std::string child;  ///< display name, with age
  std::vector<CircleRow> rows;
};

struct ChronologyEntry {
  std::string date;
  std::string type;    ///< case-file word, e.g. "police_callout"
  std::string people;  ///< display names, comma separated
  std::string source;
  std::string note;
};

struct ConferencePage {
  std::string case_id;
  std::string title;
  std::string as_of;
  std::string marking;  ///< printed in the header and footer of every page
  std::string
      plan;  ///< e.g. "Child protection plan, 2026-09-15 (review 2026-12-15)"; empty if none
  std::string genogram_svg;  ///< inline <svg> element; empty to leave the section out
  std::vector<CircleTable> circles;
  std::vector<Finding> findings;  ///< as the analysis gave them (for the counts)
  report::ReportLayout layout;    ///< the findings by person, already worded for this page
  std::vector<ChronologyEntry> chronology;  ///< in date order
  bool redacted = false;
};

/// The whole HTML document. Everything from `page` is escaped.
std::string render_conference_page(const ConferencePage& page);

}  // namespace kinmap
