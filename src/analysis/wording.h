// Small pieces of plain English shared by the circle, the exposure paths and
// the rules: lists ("A, B and C"), pronouns, and how a contact, a frequency
// or a partnership is said. Words live here once so every message agrees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "household.h"
#include "relationship.h"
#include "vocabulary.h"

namespace kinmap::wording {

/// "a", "a and b", "a, b and c"; empty for an empty list. `separator` goes
/// between items, `last` before the last one ("a; b; and c").
std::string join_list(const std::vector<std::string>& items, std::string_view separator = ", ",
                      std::string_view last = " and ");

/// How a `source` reads: an agency code in plain words ("health_visitor" ->
/// "health visitor", "csc" -> "children's social care"), other text as written.
std::string source_name(const std::string& source);

/// The first letter in upper case (ASCII only; names are left as written).
std::string capitalise(std::string text);

/// "he", "she" or "they" for a person of `sex`; `Capital` forms start upper case.
std::string_view subject_pronoun(Sex sex, bool capital = false);
std::string_view object_pronoun(Sex sex);      ///< him, her, them
std::string_view possessive_pronoun(Sex sex);  ///< his, her, their
/// The verb "to be"/"to have" agreeing with subject_pronoun ("is"/"are", "has"/"have").
std::string_view is_verb(Sex sex);
std::string_view has_verb(Sex sex);

/// "Mia's", "James's": the possessive of a name or role.
std::string possessive(std::string_view name);

/// How a risk entry's basis reads in a message: "convicted", "alleged",
/// "disclosed under Clare's Law"; empty for unknown.
std::string_view basis_phrase(RiskBasis basis);

/// " (disputed: the family denies it; recorded by police)" for a disputed
/// household member, else empty: said wherever the membership is.
std::string disputed_remark(const Membership& membership);

/// "weekly", "daily", ...; empty for unknown.
std::string_view frequency_word(Frequency frequency);

/// How a contact relationship is described: "weekly unsupervised contact",
/// "court-ordered monthly supervised contact", "contact (frequency and
/// supervision not recorded)".
std::string contact_phrase(const Relationship& contact);

/// How a care relationship is described: "weekly care", "care (how often not recorded)".
std::string care_phrase(const Relationship& care);

/// "physical, coercive control": the forms of an abuse relationship.
std::string abuse_forms(const Relationship& abuse);

/// "separated", "divorced", "ended", "on-off", "current", "status not recorded".
std::string_view partnership_status_word(PartnerStatus status);

/// "2 findings", "1 finding".
std::string count(std::size_t n, std::string_view singular, std::string_view plural);

}  // namespace kinmap::wording
