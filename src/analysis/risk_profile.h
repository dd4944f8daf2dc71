// What the record says about the risk each person poses to others.
//
// A person poses risk (DESIGN.md, the risk model) when they have a `harm`
// factor, or a `capacity` factor (drinking, drugs, mental health) and are not
// a victim; and also when the record shows harm without the factor having
// been added: an `abuse` relationship from them (domestic abuse perpetrator;
// a child victim means a history of harming a child; strangulation, threats
// to kill, stalking and coercive control their own factors), or being named
// as the perpetrator on a DASH. Reviews found risk recorded by one agency and
// not carried into the picture; kinmap carries it.
//
// A victim is an adult with the domestic_abuse_victim factor or the `to` of
// an `abuse` relationship. The depression or drinking that often follows
// abuse is a need to support (VICTIM_NEEDS_SUPPORT), never drawn or reported
// beside her abuser as "a risk"; a man in crisis who is not a victim is still
// weighed as one, as the reviews ask.
#pragma once

#include <string>
#include <vector>

#include "analysis/roles.h"
#include "family_graph.h"

namespace kinmap {

struct RiskIndicator {
  std::string factor;  ///< risk model id, e.g. "domestic_abuse_perpetrator"
  std::string label;   ///< "domestic abuse perpetrator"
  FactorKind kind = FactorKind::harm;
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
  /// Poses risk only through `capacity` factors: what it may mean for the
  /// child's care, not harm (messages and the diagram say it differently).
  bool capacity_only(Vertex v) const;
  bool is_victim(Vertex v) const { return victim_[v]; }
  /// A victim's capacity factors: needs the plan must support, same order as of().
  const std::vector<RiskIndicator>& support_needs(Vertex v) const { return support_[v]; }
  /// "mental health difficulties (GP, 2026-02)" for support_needs(v).
  std::string support_summary(Vertex v) const;
  bool urgent(Vertex v) const;
  /// "domestic abuse perpetrator (police, 2026-04-20); threats to kill".
  std::string summary(Vertex v) const;
  /// The factors' labels alone: "coercive control, domestic abuse perpetrator".
  std::string labels(Vertex v) const;
  /// Labels of the urgent factors only: "threats to kill, non-fatal strangulation".
  std::string urgent_summary(Vertex v) const;

 private:
  static std::string summary_of(const std::vector<RiskIndicator>& list);

  std::vector<std::vector<RiskIndicator>> profiles_;
  std::vector<std::vector<RiskIndicator>> support_;
  std::vector<bool> victim_;
};

}  // namespace kinmap
