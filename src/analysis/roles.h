// Naming people by what they are to a child: "Mia's father", "Mia's mother's
// partner", "Unknown man 1".
//
// Messages name a person and say who they are to the child ("Ryan Cole
// (Mia's father)"); a person with no name is called by their role; and
// `--redact` replaces every name with the role label computed here
// ("Mother", "Father", "Mother's partner", "Child 1", "Unknown man 1").
//
//   Roles roles(family, homes);
//   roles.describe(ryan, mia);  // "Ryan Cole (Mia's father)"
//   roles.label(ryan);          // "Father"
#pragma once

#include <string>
#include <vector>

#include "analysis/homes.h"
#include "family_graph.h"

namespace kinmap {

class Roles {
 public:
  using Vertex = FamilyGraph::Vertex;

  /// `family` and `homes` must outlive this object.
  Roles(const FamilyGraph& family, const Homes& homes);

  /// What `person` is to `child`, in lower case and without the child's name:
  /// "father", "step-father", "mother's partner", "mother's ex-partner",
  /// "maternal grandmother", "half-sister", "carer", "man in the home".
  /// Empty when the recorded links do not say (or person == child).
  std::string relation(Vertex person, Vertex child) const;

  /// "Mia's father", "Mia's mother's partner"; for a relation that is not a
  /// family tie, what links them: "lives in Mia's home", "has contact with
  /// Mia". Empty when relation() is.
  std::string relation_phrase(Vertex person, Vertex child) const;
  /// The same, from a relation() already worked out (it is the costly part).
  std::string relation_phrase_of(const std::string& relation, Vertex child) const;

  /// "Mia's father" when the relation is a family tie (or carer); empty for
  /// the looser links ("man in the home", "adult with contact") and none.
  std::string possessive_relation(Vertex person, Vertex child) const;

  /// The role label redaction gives this person. Children are "Child 1",
  /// "Child 2"... (focus children first); a man whose identity is unknown is
  /// "Unknown man 1"; other adults are named by what they are to the first
  /// focus child ("Mother", "Mother's partner"), or to another focus child
  /// ("Child 2's father"), else "Other man 1". Labels are unique: two people
  /// with the same role are numbered ("Mother's ex-partner 1", "... 2").
  const std::string& label(Vertex person) const { return labels_[person]; }

  /// How messages name this person: the recorded name, else a role
  /// ("Mia's mother's partner", "Kayleigh Dunn's unborn baby", "Unknown man 1").
  const std::string& name(Vertex person) const { return names_[person]; }

  /// The word for a parent of `kind` and `sex`: "father", "step-mother", "foster carer".
  static std::string_view parent_word(ParentKind kind, Sex sex);

  /// The focus children `person` may be something to, in focus order: every
  /// focus child for whom relation() can be non-empty (and perhaps more).
  /// Lets callers look for "a child this person is something to" locally.
  const std::vector<Vertex>& focus_children_near(Vertex person) const {
    return near_focus_[person];
  }

  /// "Ryan Cole (Mia's father)"; just the name when the person is no family
  /// tie or carer of the child (a lodger, a contact adult), or the name
  /// already says it.
  std::string describe(Vertex person, Vertex child) const;

 private:
  /// How a child is named inside another person's description: its name,
  /// or "the baby" for an unnamed unborn child.
  std::string child_reference(Vertex child) const;
  /// Everyone relation() may name for `child`, by vertex, each once.
  std::vector<Vertex> near(Vertex child) const;
  void assign_labels();
  void assign_names();

  const FamilyGraph& family_;
  const Homes& homes_;
  std::vector<std::string> labels_;
  std::vector<std::string> names_;
  /// For each adult labelled by a relation to a focus child: the relation and the child.
  std::vector<std::string> label_relation_;
  std::vector<Vertex> label_child_;
  std::vector<std::string> label_suffix_;
  std::vector<std::vector<Vertex>> near_focus_;  ///< by person
};

/// "aged 2", "aged 8 months", "aged under 1 month", "unborn, due
/// 2027-02-10", "age not recorded": a person's age at as_of, for messages.
std::string age_phrase(const FamilyGraph& family, FamilyGraph::Vertex person);

/// "Mia (aged 2)", "Kayleigh Dunn's unborn baby (due 2027-02-10)".
std::string name_with_age(const FamilyGraph& family, const Roles& roles,
                          FamilyGraph::Vertex person);

}  // namespace kinmap
