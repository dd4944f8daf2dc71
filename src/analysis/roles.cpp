#include "analysis/roles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "analysis/wording.h"

namespace kinmap {
namespace {

/// A role word for a man, a woman, and a person of unknown sex.
struct Gendered {
  std::string_view male, female, other;
};

std::string_view pick(const Gendered& words, Sex sex) {
  switch (sex) {
    case Sex::male:
      return words.male;
    case Sex::female:
      return words.female;
    case Sex::unknown:
      break;
  }
  return words.other;
}

// Indexed by ParentKind.
constexpr std::array<Gendered, 7> kParentWords = {{
    {"father", "mother", "parent"},                             // biological
    {"presumed father", "presumed mother", "presumed parent"},  // presumed
    {"step-father", "step-mother", "step-parent"},              // step
    {"adoptive father", "adoptive mother", "adoptive parent"},  // adoptive
    {"foster father", "foster mother", "foster carer"},         // foster
    {"kinship carer", "kinship carer", "kinship carer"},        // kinship
    {"father figure", "mother figure", "parent figure"},        // social
}};

/// Which parent link names a person best when there are several: the
/// biological or legal tie first, the looser ties last.
constexpr std::array<int, 7> kParentRank = {0, 2, 3, 1, 6, 5, 4};

constexpr Gendered kChildWords = {"son", "daughter", "child"};
constexpr Gendered kGrandparentWords = {"grandfather", "grandmother", "grandparent"};
constexpr Gendered kAuntUncleWords = {"uncle", "aunt", "parent's sibling"};
constexpr Gendered kFullSiblingWords = {"brother", "sister", "sibling"};
constexpr Gendered kHalfSiblingWords = {"half-brother", "half-sister", "half-sibling"};
constexpr Gendered kHomeWords = {"man in the home", "woman in the home", "adult in the home"};
constexpr Gendered kUnknownWords = {"Unknown man", "Unknown woman", "Unknown person"};
constexpr Gendered kOtherWords = {"Other man", "Other woman", "Other adult"};

int parent_rank(ParentKind kind) {
  return kParentRank[static_cast<std::size_t>(kind)];
}

std::string_view partner_word(std::optional<PartnerStatus> status) {
  if (!status) return "partner";
  switch (*status) {
    case PartnerStatus::separated:
    case PartnerStatus::divorced:
    case PartnerStatus::ended:
      return "ex-partner";
    case PartnerStatus::on_off:
      return "on-off partner";
    case PartnerStatus::current:
    case PartnerStatus::unknown:
      break;
  }
  return "partner";
}

/// "maternal " or "paternal " by the sex of the parent in between.
std::string_view side(Sex parent_sex) {
  switch (parent_sex) {
    case Sex::male:
      return "paternal ";
    case Sex::female:
      return "maternal ";
    case Sex::unknown:
      break;
  }
  return "";
}

constexpr std::string_view kInTheHome = " in the home";
constexpr std::string_view kWithContact = "adult with contact";

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

/// A family tie (or carer) reads as "Mia's father"; a home or a contact does not.
bool family_tie(std::string_view rel) {
  return !ends_with(rel, kInTheHome) && rel != kWithContact;
}

/// How a relation reads in a sentence about the child `child_name`:
/// "Mia's father", "lives in Mia's home", "has contact with Mia".
std::string phrase(const std::string& rel, const std::string& child_name) {
  if (rel.empty()) return {};
  if (ends_with(rel, kInTheHome)) return "lives in " + wording::possessive(child_name) + " home";
  if (rel == kWithContact) return "has contact with " + child_name;
  return wording::possessive(child_name) + " " + rel;
}

/// How a relation reads as a name: "Mia's mother's partner", "man in Mia's
/// home", "adult with contact with Mia".
std::string name_phrase(const std::string& rel, const std::string& child_name) {
  if (ends_with(rel, kInTheHome))
    return rel.substr(0, rel.size() - kInTheHome.size()) + " in " +
           wording::possessive(child_name) + " home";
  if (rel == kWithContact) return rel + " with " + child_name;
  return wording::possessive(child_name) + " " + rel;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::string_view Roles::parent_word(ParentKind kind, Sex sex) {
  return pick(kParentWords[static_cast<std::size_t>(kind)], sex);
}

Roles::Roles(const FamilyGraph& family, const Homes& homes)
    : family_(family),
      homes_(homes),
      labels_(family.size()),
      names_(family.size()),
      label_relation_(family.size()),
      label_child_(family.size(), 0),
      label_suffix_(family.size()),
      near_focus_(family.size()) {
  assign_labels();
  assign_names();
}

namespace {

/// The first partnership (in file order) between a and b, either way round,
/// or null: what partners(a) would find first for b, without building it.
const Relationship* partnership_between(const FamilyGraph& family, FamilyGraph::Vertex a,
                                        FamilyGraph::Vertex b) {
  const Relationship* first = nullptr;
  auto consider = [&](std::span<const FamilyGraph::Link> links) {
    for (const auto& link : links)
      if (link.person == b && (!first || link.relationship < first)) first = link.relationship;
  };
  consider(family.outgoing_links(a, RelationshipType::partner));
  consider(family.incoming_links(a, RelationshipType::partner));
  return first;
}

}  // namespace

std::string Roles::relation(Vertex person, Vertex child) const {
  if (person == child) return {};
  const Sex sex = family_.person(person).sex;

  // The parents of the child, best tie first, each once.
  std::vector<FamilyGraph::Link> parents = family_.parents(child);
  std::stable_sort(parents.begin(), parents.end(), [](const auto& a, const auto& b) {
    return parent_rank(a.relationship->kind) < parent_rank(b.relationship->kind);
  });
  auto word_for_parent = [&](const FamilyGraph::Link& link) {
    return std::string(parent_word(link.relationship->kind, family_.person(link.person).sex));
  };
  auto partner_status = [&](const Relationship& partnership) {
    return std::string(partner_word(family_.partnership_status_on(partnership, family_.as_of())));
  };

  for (const auto& link : parents)
    if (link.person == person) return word_for_parent(link);
  if (const Relationship* partnership = partnership_between(family_, child, person))
    return partner_status(*partnership);
  for (const auto& link : family_.outgoing_links(child, RelationshipType::parent))
    if (link.person == person) return std::string(pick(kChildWords, sex));
  if (const auto kind = family_.sibling_kind(child, person))
    return std::string(pick(
        *kind == FamilyGraph::Sibling::Kind::half ? kHalfSiblingWords : kFullSiblingWords, sex));
  // A parent's step-parent is a step-grandparent, not "maternal grandfather".
  auto by_blood = [](ParentKind kind) {
    return kind == ParentKind::biological || kind == ParentKind::presumed ||
           kind == ParentKind::adoptive;
  };
  for (const auto& parent : parents)
    for (const auto& grandparent : family_.incoming_links(parent.person, RelationshipType::parent))
      if (grandparent.person == person)
        return by_blood(parent.relationship->kind) && by_blood(grandparent.relationship->kind)
                   ? std::string(side(family_.person(parent.person).sex)) +
                         std::string(pick(kGrandparentWords, sex))
                   : "step-" + std::string(pick(kGrandparentWords, sex));
  for (const auto& parent : parents)
    if (const Relationship* partnership = partnership_between(family_, parent.person, person))
      return word_for_parent(parent) + "'s " + partner_status(*partnership);
  for (const auto& parent : parents)
    if (family_.sibling_kind(parent.person, person))
      return std::string(side(family_.person(parent.person).sex)) +
             std::string(pick(kAuntUncleWords, sex));
  const auto carers = family_.incoming_links(child, RelationshipType::care);
  for (const auto& carer : carers)
    if (carer.person == person) return "carer";
  for (const auto& carer : carers)
    if (const Relationship* partnership = partnership_between(family_, carer.person, person))
      return "carer's " + partner_status(*partnership);
  for (const auto& contact : family_.incoming_links(child, RelationshipType::contact))
    if (contact.person == person)  // under 18: a young person, never "an adult"
      return family_.is_child(person) ? "young person with contact" : "adult with contact";
  if (homes_.live_together(person, child))
    return family_.is_child(person) ? std::string("child in the home")
                                    : std::string(pick(kHomeWords, sex));
  return {};
}

std::string Roles::child_reference(Vertex child) const {
  // An unnamed unborn baby is called after its mother; "Kayleigh Dunn's
  // unborn baby's mother" says nothing, "the baby's mother" does.
  const Person& p = family_.person(child);
  return p.name.empty() && family_.is_unborn(child) ? "the baby" : name(child);
}

std::string Roles::relation_phrase(Vertex person, Vertex child) const {
  return relation_phrase_of(relation(person, child), child);
}

std::string Roles::relation_phrase_of(const std::string& relation, Vertex child) const {
  return phrase(relation, child_reference(child));
}

std::string Roles::possessive_relation(Vertex person, Vertex child) const {
  const std::string rel = relation(person, child);
  if (rel.empty() || !family_tie(rel)) return {};
  return wording::possessive(child_reference(child)) + " " + rel;
}

std::string Roles::describe(Vertex person, Vertex child) const {
  const std::string& who = name(person);
  const std::string rel = relation(person, child);
  if (rel.empty()) return who;
  // Only family ties (and carers) are said here; messages say how a lodger or
  // a contact adult is linked in their own words ("who lives in Mia's home").
  if (!family_tie(rel)) return who;
  const std::string said = phrase(rel, child_reference(child));
  if (same_ignoring_case(who, said) || same_ignoring_case(who, rel)) return who;
  return who + " (" + said + ")";
}

std::vector<FamilyGraph::Vertex> Roles::near(Vertex c) const {
  std::vector<Vertex> out;
  const auto parents = family_.parents(c);
  for (const auto& p : parents) {
    out.push_back(p.person);
    for (const auto& gp : family_.parents(p.person)) out.push_back(gp.person);
    for (const auto& partner : family_.partners(p.person)) out.push_back(partner.person);
    for (const auto& sibling : family_.siblings(p.person)) out.push_back(sibling.person);
  }
  for (const auto& link : family_.partners(c)) out.push_back(link.person);
  for (const auto& link : family_.children(c)) out.push_back(link.person);
  for (const auto& sibling : family_.siblings(c)) out.push_back(sibling.person);
  for (const auto& carer : family_.incoming(c, RelationshipType::care)) {
    out.push_back(carer.person);
    for (const auto& partner : family_.partners(carer.person)) out.push_back(partner.person);
  }
  for (const auto& contact : family_.incoming(c, RelationshipType::contact))
    out.push_back(contact.person);
  for (const auto& home : homes_.of(c))
    for (const auto& resident : homes_.residents(home.household)) out.push_back(resident.person);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void Roles::assign_labels() {
  const auto focus = family_.focus_children();
  const std::size_t n = family_.size();

  // Children: focus children first, in focus order, then the others in file order.
  int child_number = 0;
  std::vector<bool> done(n, false);
  for (Vertex c : focus)
    if (!done[c]) {
      labels_[c] = "Child " + std::to_string(++child_number);
      done[c] = true;
    }
  for (Vertex v = 0; v < n; ++v)
    if (family_.is_child(v) && !done[v]) {
      labels_[v] = "Child " + std::to_string(++child_number);
      done[v] = true;
    }

  // People whose identity is unknown: numbered by sex, in file order.
  std::map<Sex, int> unknown_number;
  for (Vertex v = 0; v < n; ++v)
    if (!done[v] && family_.person(v).identity == Identity::unknown) {
      const Sex sex = family_.person(v).sex;
      labels_[v] =
          std::string(pick(kUnknownWords, sex)) + " " + std::to_string(++unknown_number[sex]);
      done[v] = true;
    }

  // Everyone else by what they are to the first focus child that they are
  // something to. Candidates come from each child's neighbourhood, so the
  // work stays local however large the case.
  std::vector<bool> relation_label(n, false);
  std::vector<bool> seen_focus(n, false);
  for (std::size_t k = 0; k < focus.size(); ++k) {
    const Vertex c = focus[k];
    if (seen_focus[c]) continue;
    seen_focus[c] = true;
    std::vector<Vertex> near = this->near(c);
    for (Vertex v : near) near_focus_[v].push_back(c);
    near.erase(std::remove_if(near.begin(), near.end(), [&](Vertex v) { return done[v]; }),
               near.end());
    for (Vertex v : near) {
      const std::string rel = relation(v, c);
      if (rel.empty()) continue;
      labels_[v] =
          k == 0 ? wording::capitalise(rel) : wording::capitalise(name_phrase(rel, labels_[c]));
      label_relation_[v] = rel;
      label_child_[v] = c;
      relation_label[v] = true;
      done[v] = true;
    }
  }

  std::map<Sex, int> other_number;
  for (Vertex v = 0; v < n; ++v)
    if (!done[v]) {
      const Sex sex = family_.person(v).sex;
      labels_[v] = std::string(pick(kOtherWords, sex)) + " " + std::to_string(++other_number[sex]);
    }

  // Two people with the same role ("Mother's ex-partner") are numbered.
  std::map<std::string, std::vector<Vertex>> by_label;
  for (Vertex v = 0; v < n; ++v)
    if (relation_label[v]) by_label[labels_[v]].push_back(v);
  for (auto& [label, people] : by_label) {
    if (people.size() < 2) continue;
    for (std::size_t i = 0; i < people.size(); ++i) {
      label_suffix_[people[i]] = " " + std::to_string(i + 1);
      labels_[people[i]] += label_suffix_[people[i]];
    }
  }
}

void Roles::assign_names() {
  const auto focus = family_.focus_children();
  const std::size_t n = family_.size();
  // Children first: adults' role names are built on the first child's name.
  for (Vertex v = 0; v < n; ++v) {
    const Person& p = family_.person(v);
    if (!family_.is_child(v)) continue;
    if (!p.name.empty()) {
      names_[v] = p.name;
      continue;
    }
    names_[v] = labels_[v];
    if (p.unborn())
      for (const auto& parent : family_.parents(v, {ParentKind::biological, ParentKind::presumed}))
        if (family_.person(parent.person).sex == Sex::female &&
            !family_.person(parent.person).name.empty()) {
          names_[v] = wording::possessive(family_.person(parent.person).name) + " unborn baby";
          break;
        }
  }
  for (Vertex v = 0; v < n; ++v) {
    const Person& p = family_.person(v);
    if (family_.is_child(v)) continue;
    if (!p.name.empty())
      names_[v] = p.name;
    else if (!label_relation_[v].empty())
      names_[v] = wording::capitalise(name_phrase(label_relation_[v], names_[label_child_[v]])) +
                  label_suffix_[v];
    else
      names_[v] = labels_[v];
  }
}

std::string age_phrase(const FamilyGraph& family, FamilyGraph::Vertex v) {
  const Person& p = family.person(v);
  if (family.is_unborn(v)) return p.expected ? "unborn, due " + p.expected->to_string() : "unborn";
  const auto years = family.age(v);
  if (!years) return "age not recorded";
  if (*years == 0 && p.born) {
    const int months = whole_months_between(p.born->first_day(), family.as_of());
    if (months < 1) return "aged under 1 month";
    return "aged " + wording::count(static_cast<std::size_t>(months), "month", "months");
  }
  return "aged " + std::to_string(*years);
}

std::string name_with_age(const FamilyGraph& family, const Roles& roles, FamilyGraph::Vertex v) {
  std::string age = age_phrase(family, v);
  const std::string& name = roles.name(v);
  if (family.is_unborn(v) && name.find("unborn") != std::string::npos &&
      age.rfind("unborn, ", 0) == 0)
    age = age.substr(8);
  return name + " (" + age + ")";
}

}  // namespace kinmap
