#include "vocabulary.h"

namespace kinmap {

#define KINMAP_VOCABULARY(E, ...)                      \
  template <>                                          \
  std::span<const Word<E>> vocabulary<E>() {           \
    static constexpr Word<E> kWords[] = {__VA_ARGS__}; \
    return kWords;                                     \
  }

KINMAP_VOCABULARY(Sex, {Sex::male, "male"}, {Sex::female, "female"}, {Sex::unknown, "unknown"})
KINMAP_VOCABULARY(Identity, {Identity::known, "known"}, {Identity::partial, "partial"},
                  {Identity::unknown, "unknown"})
KINMAP_VOCABULARY(AssessmentStatus, {AssessmentStatus::none, "none"},
                  {AssessmentStatus::planned, "planned"},
                  {AssessmentStatus::in_progress, "in_progress"},
                  {AssessmentStatus::complete, "complete"},
                  {AssessmentStatus::declined, "declined"},
                  {AssessmentStatus::not_required, "not_required"})
KINMAP_VOCABULARY(Engagement, {Engagement::engaged, "engaged"}, {Engagement::partial, "partial"},
                  {Engagement::not_engaged, "not_engaged"},
                  {Engagement::not_contacted, "not_contacted"}, {Engagement::unknown, "unknown"})
KINMAP_VOCABULARY(Agency, {Agency::police, "police"}, {Agency::probation, "probation"},
                  {Agency::csc, "csc"}, {Agency::gp, "gp"},
                  {Agency::health_visitor, "health_visitor"}, {Agency::midwife, "midwife"},
                  {Agency::school, "school"}, {Agency::mental_health, "mental_health"},
                  {Agency::substance_misuse, "substance_misuse"}, {Agency::housing, "housing"},
                  {Agency::yot, "yot"}, {Agency::marac, "marac"}, {Agency::mappa, "mappa"},
                  {Agency::idva, "idva"}, {Agency::other, "other"})
KINMAP_VOCABULARY(RelationshipType, {RelationshipType::parent, "parent"},
                  {RelationshipType::partner, "partner"}, {RelationshipType::contact, "contact"},
                  {RelationshipType::care, "care"}, {RelationshipType::abuse, "abuse"},
                  {RelationshipType::sibling, "sibling"}, {RelationshipType::other, "other"})
KINMAP_VOCABULARY(ParentKind, {ParentKind::biological, "biological"},
                  {ParentKind::presumed, "presumed"}, {ParentKind::step, "step"},
                  {ParentKind::adoptive, "adoptive"}, {ParentKind::foster, "foster"},
                  {ParentKind::kinship, "kinship"}, {ParentKind::social, "social"})
KINMAP_VOCABULARY(PartnerStatus, {PartnerStatus::current, "current"},
                  {PartnerStatus::separated, "separated"}, {PartnerStatus::divorced, "divorced"},
                  {PartnerStatus::ended, "ended"}, {PartnerStatus::on_off, "on_off"},
                  {PartnerStatus::unknown, "unknown"})
KINMAP_VOCABULARY(PartnerForm, {PartnerForm::married, "married"},
                  {PartnerForm::civil_partnership, "civil_partnership"},
                  {PartnerForm::cohabiting, "cohabiting"}, {PartnerForm::dating, "dating"},
                  {PartnerForm::unknown, "unknown"})
KINMAP_VOCABULARY(Frequency, {Frequency::daily, "daily"}, {Frequency::weekly, "weekly"},
                  {Frequency::fortnightly, "fortnightly"}, {Frequency::monthly, "monthly"},
                  {Frequency::occasional, "occasional"}, {Frequency::none, "none"},
                  {Frequency::unknown, "unknown"})
KINMAP_VOCABULARY(ContactBasis, {ContactBasis::court_order, "court_order"},
                  {ContactBasis::informal, "informal"}, {ContactBasis::unknown, "unknown"})
KINMAP_VOCABULARY(AbuseForm, {AbuseForm::physical, "physical"}, {AbuseForm::sexual, "sexual"},
                  {AbuseForm::emotional, "emotional"}, {AbuseForm::financial, "financial"},
                  {AbuseForm::coercive_control, "coercive_control"},
                  {AbuseForm::stalking, "stalking"}, {AbuseForm::strangulation, "strangulation"},
                  {AbuseForm::threats_to_kill, "threats_to_kill"}, {AbuseForm::neglect, "neglect"})
KINMAP_VOCABULARY(MemberStatus, {MemberStatus::resident, "resident"},
                  {MemberStatus::staying, "staying"}, {MemberStatus::visitor, "visitor"},
                  {MemberStatus::disputed, "disputed"})
KINMAP_VOCABULARY(RiskBasis, {RiskBasis::conviction, "conviction"}, {RiskBasis::caution, "caution"},
                  {RiskBasis::charge, "charge"}, {RiskBasis::allegation, "allegation"},
                  {RiskBasis::disclosure, "disclosure"}, {RiskBasis::self_report, "self_report"},
                  {RiskBasis::assessment, "assessment"}, {RiskBasis::intelligence, "intelligence"},
                  {RiskBasis::unknown, "unknown"})
KINMAP_VOCABULARY(ReviewDecision, {ReviewDecision::accepted, "accepted"},
                  {ReviewDecision::not_applicable, "not_applicable"})
KINMAP_VOCABULARY(PlanType, {PlanType::child_protection, "child_protection"},
                  {PlanType::child_in_need, "child_in_need"}, {PlanType::early_help, "early_help"},
                  {PlanType::safety_plan, "safety_plan"})
KINMAP_VOCABULARY(EventType, {EventType::incident, "incident"},
                  {EventType::police_callout, "police_callout"},
                  {EventType::separation, "separation"},
                  {EventType::reconciliation, "reconciliation"},
                  {EventType::pregnancy, "pregnancy"}, {EventType::birth, "birth"},
                  {EventType::court_proceedings, "court_proceedings"},
                  {EventType::contact_dispute, "contact_dispute"}, {EventType::threat, "threat"},
                  {EventType::sighting, "sighting"}, {EventType::assessment, "assessment"},
                  {EventType::conference, "conference"}, {EventType::referral, "referral"},
                  {EventType::marac_referral, "marac_referral"},
                  {EventType::missed_appointment, "missed_appointment"},
                  {EventType::breach, "breach"}, {EventType::arrest, "arrest"},
                  {EventType::no_further_action, "no_further_action"}, {EventType::other, "other"})

#undef KINMAP_VOCABULARY

}  // namespace kinmap
