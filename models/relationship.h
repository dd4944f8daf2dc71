// A typed link between two people.
//
// Every relationship is directed from `from` to `to` so that the graph reads
// the same way for all types: parent -> child, partner a -> b, contact adult
// -> child, carer -> child, abuser -> abused, sibling a -> b, other a -> b.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "partial_date.h"
#include "vocabulary.h"

namespace kinmap {

struct Relationship {
  RelationshipType type = RelationshipType::other;
  std::string from;  ///< id: parent, a, adult, carer, abuser
  std::string to;    ///< id: child, b, child, child, abused

  // parent
  ParentKind kind = ParentKind::biological;
  std::optional<bool> pr;  ///< parental responsibility

  // partner
  PartnerStatus status = PartnerStatus::unknown;
  PartnerForm form = PartnerForm::unknown;
  std::optional<PartialDate> start;  ///< `from` in the file
  std::optional<PartialDate> end;    ///< `to` in the file

  // contact, care
  Frequency frequency = Frequency::unknown;
  std::optional<bool> supervised;
  ContactBasis basis = ContactBasis::unknown;

  // abuse
  std::vector<AbuseForm> forms;
  std::optional<PartialDate> last;

  // other
  std::string label;

  // every type
  std::string source;
  std::optional<PartialDate> reported;
  std::string note;
  std::string ext_json;

  /// A partnership that has ended in any way the file can say.
  bool partnership_over() const {
    return status == PartnerStatus::separated || status == PartnerStatus::divorced ||
           status == PartnerStatus::ended;
  }
  bool has_form(AbuseForm f) const {
    for (AbuseForm g : forms)
      if (g == f) return true;
    return false;
  }
};

}  // namespace kinmap
