#include "notation.h"

namespace kinmap {

std::string_view person_shape(const Person& person) {
  if (person.unborn()) return "triangle";
  switch (person.sex) {
    case Sex::male:
      return "square";
    case Sex::female:
      return "circle";
    case Sex::unknown:
      return "diamond";
  }
  return "diamond";
}

std::string_view person_shape_meaning(std::string_view shape) {
  if (shape == "square") return "male";
  if (shape == "circle") return "female";
  if (shape == "triangle") return "unborn child";
  return "sex not recorded";
}

LineStyle partner_line(const Relationship& partnership) {
  std::string_view style = "solid";
  std::string_view form = "married";
  switch (partnership.form) {
    case PartnerForm::married:
      style = "solid";
      form = "married";
      break;
    case PartnerForm::civil_partnership:
      style = "solid";
      form = "civil partners";
      break;
    case PartnerForm::cohabiting:
      style = "dashed";
      form = "partners living together";
      break;
    case PartnerForm::dating:
      style = "dotted";
      form = "dating";
      break;
    case PartnerForm::unknown:
      style = "solid";
      form = "partners (how, not recorded)";
      break;
  }
  LineStyle line{style, "black", 1.4, "", form};
  switch (partnership.status) {
    case PartnerStatus::separated:
      line.mark = "/";
      break;
    case PartnerStatus::divorced:
      line.mark = "//";
      break;
    case PartnerStatus::ended:
      line.mark = "/";
      break;
    case PartnerStatus::on_off:
      line.mark = "on/off";
      break;
    case PartnerStatus::current:
    case PartnerStatus::unknown:
      break;
  }
  return line;
}

LineStyle child_line(ParentKind kind) {
  switch (kind) {
    case ParentKind::biological:
      return {"solid", "black", 1.2, "", "child"};
    case ParentKind::presumed:
      return {"dashed", "black", 1.2, "", "presumed child"};
    case ParentKind::adoptive:
      return {"dashed", "black", 1.2, "", "adopted child"};
    case ParentKind::foster:
      return {"dotted", "black", 1.2, "", "foster child"};
    case ParentKind::kinship:
      return {"dotted", "black", 1.2, "", "kinship care"};
    case ParentKind::step:
      return {"solid", "#9e9e9e", 0.8, "", "step-child"};
    case ParentKind::social:
      return {"solid", "#9e9e9e", 0.8, "", "social parent"};
  }
  return {"solid", "black", 1.2, "", "child"};
}

ParentKind weaker_kind(ParentKind a, ParentKind b) {
  // Ordered from most to least certain as a line on the page.
  constexpr ParentKind order[] = {
      ParentKind::biological, ParentKind::adoptive, ParentKind::presumed, ParentKind::kinship,
      ParentKind::foster,     ParentKind::social,   ParentKind::step};
  int rank_a = 0;
  int rank_b = 0;
  for (int i = 0; i < 7; ++i) {
    if (order[i] == a) rank_a = i;
    if (order[i] == b) rank_b = i;
  }
  return rank_a >= rank_b ? a : b;
}

}  // namespace kinmap
