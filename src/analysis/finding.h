// One finding: something about the people around a child that practice keeps
// missing, with the lesson behind it. The shape of `kinmap-findings/1`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinmap {

enum class Severity { urgent, high, medium, low };  ///< most severe first

std::string_view spelling(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

/// A practitioner's decision that answers a finding (the case's `reviews[]`).
struct FindingReview {
  std::string decision;  ///< "accepted" or "not_applicable"
  std::string reason;
  std::string by;
  std::string date;
};

struct Finding {
  std::string rule;  ///< stable id, e.g. "INVISIBLE_MAN"
  Severity severity = Severity::medium;
  std::vector<std::string> people;    ///< ids the finding is about (see DESIGN.md for pairs)
  std::vector<std::string> children;  ///< ids of the children affected
  std::vector<std::string> path;      ///< exposure findings: ids from the person to the child
  std::optional<std::string> household;
  std::string message;  ///< plain English, names not ids: who, which child, what to do
  std::string why;      ///< the practice lesson, one sentence
  /// Set when a review answers it: reported under "Reviewed", not counted
  /// for --fail-on. A review that newer facts overtook leaves this empty.
  std::optional<FindingReview> review;

  // For the reports organised by person (DESIGN.md, "Reports for people");
  // not part of `kinmap-findings/1`. Each says, in sentences that read under
  // a heading naming the person and stating their risk once, what `message`
  // says as a whole, so a report can print it without repeating the rest.
  std::string detail;                ///< what this finding says that is its own: no
                                     ///< introduction of the person, no list of their
                                     ///< risk; empty when `reach` or the actions
                                     ///< say it all (the fact behind "Assess him")
  std::vector<std::string> actions;  ///< what to do, one sentence each, naming people by
                                     ///< name, so the same action from several findings
                                     ///< about one person is printed once
  std::string reach;                 ///< exposure findings: how the person reaches the
                                     ///< child ("Dean Marsh → Ruby (weekly contact)")
};

}  // namespace kinmap
