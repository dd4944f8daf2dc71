// The closed word lists of the case file format, version 1, in one place.
//
// Each enum has one table pairing values with the words a case file uses;
// parsing, writing, error messages ("expected one of ...") and the JSON Schema
// all follow these tables, so a word is added here and nowhere else.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kinmap {

enum class Sex { male, female, unknown };
enum class Identity { known, partial, unknown };
enum class AssessmentStatus { none, planned, in_progress, complete, declined, not_required };
enum class Engagement { engaged, partial, not_engaged, not_contacted, unknown };
enum class Agency {
  police, probation, csc, gp, health_visitor, midwife, school, mental_health,
  substance_misuse, housing, yot, marac, mappa, idva, other
};
enum class RelationshipType { parent, partner, contact, care, abuse, sibling, other };
enum class ParentKind { biological, presumed, step, adoptive, foster, kinship, social };
enum class PartnerStatus { current, separated, divorced, ended, on_off, unknown };
enum class PartnerForm { married, civil_partnership, cohabiting, dating, unknown };
enum class Frequency { daily, weekly, fortnightly, monthly, occasional, none, unknown };
enum class ContactBasis { court_order, informal, unknown };
enum class AbuseForm {
  physical, sexual, emotional, financial, coercive_control, stalking, strangulation,
  threats_to_kill, neglect
};
/// `disputed`: agencies have seen the person living or staying there and the
/// family denies it; the analysis treats it as `staying` and says so.
enum class MemberStatus { resident, staying, visitor, disputed };
/// What a risk entry rests on: a conviction weighs differently from an allegation.
enum class RiskBasis {
  conviction, caution, charge, allegation, disclosure, self_report, assessment, intelligence,
  unknown
};
/// `accepted`: the finding is right and the action is in hand;
/// `not_applicable`: it does not apply here.
enum class ReviewDecision { accepted, not_applicable };
enum class PlanType { child_protection, child_in_need, early_help, safety_plan };
enum class EventType {
  incident, police_callout, separation, reconciliation, pregnancy, birth, court_proceedings,
  contact_dispute, threat, sighting, assessment, conference, referral, marac_referral,
  missed_appointment, breach, arrest, no_further_action, other
};

/// One word of a vocabulary: the enum value and how a case file spells it.
template <typename E>
struct Word {
  E value;
  std::string_view spelling;
};

/// The table for E; specialised once per enum in vocabulary.cpp.
template <typename E>
std::span<const Word<E>> vocabulary();

/// The case-file spelling of `value`.
template <typename E>
std::string_view spelling(E value) {
  for (const auto& word : vocabulary<E>())
    if (word.value == value) return word.spelling;
  return "?";
}

/// The value spelled `text`, or nothing when the word is not in the vocabulary.
template <typename E>
std::optional<E> parse_word(std::string_view text) {
  for (const auto& word : vocabulary<E>())
    if (word.spelling == text) return word.value;
  return std::nullopt;
}

/// "a, b or c": the allowed spellings, for error messages.
template <typename E>
std::string allowed_words() {
  std::string out;
  const auto words = vocabulary<E>();
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += words[i].spelling;
  }
  return out;
}

}  // namespace kinmap
