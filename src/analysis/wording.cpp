#include "analysis/wording.h"

#include <cctype>

namespace kinmap::wording {

std::string join_list(const std::vector<std::string>& items, std::string_view separator,
                      std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? std::string(last) : std::string(separator);
    out += items[i];
  }
  return out;
}

std::string source_name(const std::string& source) {
  struct AgencyName {
    Agency agency;
    std::string_view name;
  };
  static constexpr AgencyName kNames[] = {
      {Agency::police, "police"},
      {Agency::probation, "probation"},
      {Agency::csc, "children's social care"},
      {Agency::gp, "GP"},
      {Agency::health_visitor, "health visitor"},
      {Agency::midwife, "midwife"},
      {Agency::school, "school"},
      {Agency::mental_health, "mental health services"},
      {Agency::substance_misuse, "substance misuse services"},
      {Agency::housing, "housing"},
      {Agency::yot, "youth offending team"},
      {Agency::marac, "MARAC"},
      {Agency::mappa, "MAPPA"},
      {Agency::idva, "IDVA"},
      {Agency::other, "another agency"},
  };
  if (const auto agency = parse_word<Agency>(source))
    for (const auto& n : kNames)
      if (n.agency == *agency) return std::string(n.name);
  return source;
}

std::string capitalise(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string_view subject_pronoun(Sex sex, bool capital) {
  switch (sex) {
    case Sex::male:
      return capital ? "He" : "he";
    case Sex::female:
      return capital ? "She" : "she";
    case Sex::unknown:
      break;
  }
  return capital ? "They" : "they";
}

std::string_view object_pronoun(Sex sex) {
  switch (sex) {
    case Sex::male:
      return "him";
    case Sex::female:
      return "her";
    case Sex::unknown:
      break;
  }
  return "them";
}

std::string_view possessive_pronoun(Sex sex) {
  switch (sex) {
    case Sex::male:
      return "his";
    case Sex::female:
      return "her";
    case Sex::unknown:
      break;
  }
  return "their";
}

std::string_view is_verb(Sex sex) {
  return sex == Sex::unknown ? "are" : "is";
}
std::string_view has_verb(Sex sex) {
  return sex == Sex::unknown ? "have" : "has";
}

std::string possessive(std::string_view name) {
  return std::string(name) + "'s";
}

std::string_view basis_phrase(RiskBasis basis) {
  switch (basis) {
    case RiskBasis::conviction:
      return "convicted";
    case RiskBasis::caution:
      return "cautioned";
    case RiskBasis::charge:
      return "charged";
    case RiskBasis::allegation:
      return "alleged";
    case RiskBasis::disclosure:
      return "disclosed under Clare's Law";
    case RiskBasis::self_report:
      return "self-reported";
    case RiskBasis::assessment:
      return "from an assessment";
    case RiskBasis::intelligence:
      return "intelligence";
    case RiskBasis::unknown:
      break;
  }
  return {};
}

std::string disputed_remark(const Membership& membership) {
  if (membership.status != MemberStatus::disputed) return {};
  std::string out = " (disputed: the family denies it";
  if (!membership.source.empty()) out += "; recorded by " + source_name(membership.source);
  return out + ")";
}

std::string_view frequency_word(Frequency frequency) {
  switch (frequency) {
    case Frequency::daily:
      return "daily";
    case Frequency::weekly:
      return "weekly";
    case Frequency::fortnightly:
      return "fortnightly";
    case Frequency::monthly:
      return "monthly";
    case Frequency::occasional:
      return "occasional";
    case Frequency::none:
      return "no";
    case Frequency::unknown:
      break;
  }
  return "";
}

std::string contact_phrase(const Relationship& contact) {
  const std::string_view how_often = frequency_word(contact.frequency);
  std::string out = contact.basis == ContactBasis::court_order ? "court-ordered " : "";
  if (contact.frequency == Frequency::none) {
    out += "no contact";
  } else {
    if (!how_often.empty()) out += std::string(how_often) + " ";
    if (contact.supervised) out += *contact.supervised ? "supervised " : "unsupervised ";
    out += "contact";
    if (how_often.empty() && !contact.supervised)
      out += " (frequency and supervision not recorded)";
    else if (how_often.empty())
      out += " (frequency not recorded)";
    else if (!contact.supervised)
      out += " (supervision not recorded)";
  }
  return out;
}

std::string care_phrase(const Relationship& care) {
  const std::string_view how_often = frequency_word(care.frequency);
  if (care.frequency == Frequency::none) return "no care";
  if (how_often.empty()) return "care (how often not recorded)";
  return std::string(how_often) + " care";
}

std::string abuse_forms(const Relationship& abuse) {
  std::vector<std::string> forms;
  for (AbuseForm form : abuse.forms) {
    std::string word(spelling(form));
    for (char& c : word)
      if (c == '_') c = ' ';
    if (form == AbuseForm::strangulation) word = "non-fatal strangulation";
    forms.push_back(word);
  }
  return join_list(forms, ", ", ", ");
}

std::string_view partnership_status_word(PartnerStatus status) {
  switch (status) {
    case PartnerStatus::current:
      return "current";
    case PartnerStatus::separated:
      return "separated";
    case PartnerStatus::divorced:
      return "divorced";
    case PartnerStatus::ended:
      return "ended";
    case PartnerStatus::on_off:
      return "on-off";
    case PartnerStatus::unknown:
      break;
  }
  return "status not recorded";
}

std::string count(std::size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

}  // namespace kinmap::wording
