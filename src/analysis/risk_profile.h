// What the record says about the risk each person poses to others.
//
// A person poses risk when they have a risk factor the risk model marks
// `poses_risk` (vulnerabilities such as being a domestic abuse victim do
// not count), and also when the record shows it without the factor having
// been added: an `abuse` relationship from them (domestic abuse perpetrator;
// a child victim means a history of harming a child; strangulation, threats
// to kill, stalking and coercive control their own factors), or being named
// as the perpetrator on a DASH. Reviews found risk recorded by one agency and
// not carried into the picture; kinmap carries it.
#pragma once

#include <string>
#include <vector>

#include "analysis/roles.h"
#include "family_graph.h"

namespace kinmap {

struct RiskIndicator {
  std::string factor;   ///< risk model id, e.g. "domestic_abuse_perpetrator"
  std::string label;    ///< "domestic abuse perpetrator"
  bool urgent = false;  ///< the model marks it urgent (threats to kill, strangulation, ...)
  int weight = 0;
  std::string
      evidence;  ///< "police, 2026-04-20", "recorded abuse of Kayleigh Dunn, last 2026-04-20"
};

class RiskProfiles {
 public:
  using Vertex = FamilyGraph::Vertex;

  RiskProfiles(const FamilyGraph& family, const Roles& roles);

  /// The factors posing risk to others, one per factor: urgent first, then
  /// by weight (highest first), then by factor id.
  const std::vector<RiskIndicator>& of(Vertex v) const { return profiles_[v]; }
  bool poses_risk(Vertex v) const { return !profiles_[v].empty(); }
  bool urgent(Vertex v) const;
  /// "domestic abuse perpetrator (police, 2026-04-20); threats to kill".
  std::string summary(Vertex v) const;
  /// The factors' labels alone: "coercive control, domestic abuse perpetrator".
  std::string labels(Vertex v) const;
  /// Labels of the urgent factors only: "threats to kill, non-fatal strangulation".
  std::string urgent_summary(Vertex v) const;

 private:
  std::vector<std::vector<RiskIndicator>> profiles_;
};

}  // namespace kinmap
