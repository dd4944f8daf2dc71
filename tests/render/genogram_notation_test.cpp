// The notation practitioners are trained on (DESIGN.md, "The diagram"):
// the shape of each person, the style of each line, the class of every
// edge, and the findings marks.
#include <gtest/gtest.h>

#include "genogram.h"
#include "render/laid_out.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::LaidOut;

const char* kPeople = R"(
  {"id": "dad", "sex": "male", "name": "Ryan Cole", "born": "1990"},
  {"id": "mum", "sex": "female", "name": "Kayleigh Dunn", "born": "1994"},
  {"id": "gran", "sex": "female", "name": "Jean Dunn", "born": "1960", "died": "2024"},
  {"id": "mia", "sex": "female", "name": "Mia Cole", "born": "2022"},
  {"id": "kid", "sex": "unknown", "name": "Sam Dunn", "born": "2016"},
  {"id": "bump", "sex": "unknown", "expected": "2027-02"},
  {"id": "lodger", "sex": "male", "name": "Lee", "born": "1985"},
  {"id": "ex", "sex": "male", "name": "Old Flame", "born": "1988"})";

const char* kLinks = R"(
  {"type": "partner", "a": "dad", "b": "mum", "status": "current", "form": "cohabiting"},
  {"type": "partner", "a": "ex", "b": "mum", "status": "divorced", "form": "married"},
  {"type": "parent", "parent": "dad", "child": "mia"},
  {"type": "parent", "parent": "mum", "child": "mia"},
  {"type": "parent", "parent": "mum", "child": "kid"},
  {"type": "parent", "parent": "ex", "child": "kid", "kind": "presumed"},
  {"type": "parent", "parent": "dad", "child": "kid", "kind": "step"},
  {"type": "parent", "parent": "mum", "child": "bump"},
  {"type": "parent", "parent": "dad", "child": "bump"},
  {"type": "parent", "parent": "gran", "child": "mum"},
  {"type": "abuse", "from": "dad", "to": "mum", "forms": ["physical"]},
  {"type": "contact", "adult": "ex", "child": "kid", "frequency": "weekly", "supervised": true},
  {"type": "care", "carer": "lodger", "child": "mia", "frequency": "daily"})";

const char* kExtra = R"(
  "households": [{"id": "home", "label": "Flat 2", "members": [
    {"person": "dad"}, {"person": "mum"}, {"person": "mia"}, {"person": "kid"},
    {"person": "lodger", "status": "staying"}]}])";

FamilyGraph notation_family() {
  std::string text = testing::case_json(kPeople, kLinks, kExtra);
  text.replace(text.find(R"("id": "T-1")"), 11, R"("id": "T-1", "focus": ["mia"])");
  return testing::family(text);
}

LaidOut draw(const FamilyGraph& family, const Overlay& overlay = {}) {
  return testing::read_laid_out(render_genogram(family, overlay, {}, GenogramFormat::json));
}

const testing::LaidOutEdge& edge(const LaidOut& d, const std::string& tail, const std::string& head,
                                 const std::string& cls) {
  for (const auto& e : d.edges)
    if (e.tail == tail && e.head == head && e.cls.rfind(cls, 0) == 0) return e;
  throw std::runtime_error("no " + cls + " edge " + tail + " -> " + head);
}

TEST(GenogramNotation, ShapesBySexAndLife) {
  const LaidOut d = draw(notation_family());
  EXPECT_EQ(d.node("dad").attribute("shape"), "square");
  EXPECT_EQ(d.node("mum").attribute("shape"), "circle");
  EXPECT_EQ(d.node("kid").attribute("shape"), "diamond");
  EXPECT_EQ(d.node("bump").attribute("shape"), "triangle");
  EXPECT_EQ(d.node("mia").attribute("peripheries"), "2");  // focus child: double outline
  EXPECT_NE(d.node("gran").attribute("label").find("&#8224; 2024"), std::string::npos);
  EXPECT_NE(d.node("lodger").attribute("label").find("staying"), std::string::npos);
  EXPECT_NE(d.node("bump").attribute("label").find("2027-02"), std::string::npos);
}

TEST(GenogramNotation, PartnerLinesByFormAndStatus) {
  const LaidOut d = draw(notation_family());
  const auto& current = edge(d, "dad", "union:dad:mum", "partner");
  EXPECT_EQ(current.attribute("style"), "dashed");  // cohabiting
  const auto& divorced = edge(d, "ex", "union:ex:mum", "partner");
  EXPECT_EQ(divorced.attribute("style"), "solid");  // married
  EXPECT_NE(d.node("union:ex:mum").attribute("label").find("//"), std::string::npos);
  EXPECT_EQ(d.node("union:dad:mum").attribute("shape"), "point");
}

TEST(GenogramNotation, ChildLinesByParentKind) {
  const LaidOut d = draw(notation_family());
  EXPECT_EQ(edge(d, "union:dad:mum", "mia", "child").attribute("style"), "solid");
  EXPECT_EQ(edge(d, "union:ex:mum", "kid", "child").attribute("style"), "dashed");  // presumed
  const auto& step = edge(d, "dad", "kid", "child");
  EXPECT_EQ(step.attribute("color"), "#9e9e9e");
  EXPECT_LT(d.node("kid").centre.y, d.node("dad").centre.y)
      << "a step-child is below the step-parent";
  // A parent alone (gran, no partner recorded) draws a line straight to the child.
  EXPECT_EQ(edge(d, "gran", "mum", "child").attribute("style"), "solid");
}

TEST(GenogramNotation, OverlayLinesDoNotMoveTheLayout) {
  const LaidOut d = draw(notation_family());
  // Abuse between partners is drawn on their partner lines (see the next
  // test); no separate line runs between them.
  for (const auto& e : d.edges)
    EXPECT_FALSE((e.tail == "dad" && e.head == "mum") || (e.tail == "mum" && e.head == "dad"))
        << e.cls;
  for (const auto* e : d.edges_of_class("contact")) EXPECT_EQ(e->attribute("constraint"), "false");
  const auto& contact = edge(d, "ex", "kid", "contact");
  EXPECT_EQ(contact.attribute("color"), "#2e7d32");
  EXPECT_NE(contact.attribute("xlabel").find("weekly, supervised"), std::string::npos);
  EXPECT_EQ(edge(d, "lodger", "mia", "care").attribute("color"), "#1565c0");
}

// The smallest case that aborted Graphviz (issue 14): two abuse records from
// one man to one woman in different homes; with contact and a risk path
// between the same two people, none of the lines may hide another.
TEST(GenogramNotation, LinesBetweenOnePairAreOneLineCarryingEveryLabel) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "dean", "sex": "male", "born": "1988"},
         {"id": "jade", "sex": "female", "born": "1990"},
         {"id": "ruby", "sex": "female", "born": "2020"})",
      R"({"type": "parent", "parent": "jade", "child": "ruby"},
         {"type": "abuse", "from": "dean", "to": "jade", "forms": ["physical"]},
         {"type": "abuse", "from": "dean", "to": "jade", "forms": ["stalking"], "last": "2026-09"},
         {"type": "abuse", "from": "jade", "to": "dean", "forms": ["emotional"]},
         {"type": "contact", "adult": "dean", "child": "ruby", "frequency": "weekly", "supervised": true})",
      R"("households": [{"id": "his", "members": [{"person": "dean"}]},
                        {"id": "hers", "members": [{"person": "jade"}, {"person": "ruby"}]}])"));
  Overlay overlay;
  overlay.exposure_paths.push_back({"dean", "ruby"});
  const LaidOut d = draw(family, overlay);
  std::vector<const testing::LaidOutEdge*> between_them, to_ruby;
  for (const auto& e : d.edges) {
    const std::set<std::string> ends{e.tail, e.head};
    if (ends == std::set<std::string>{"dean", "jade"}) between_them.push_back(&e);
    if (ends == std::set<std::string>{"dean", "ruby"}) to_ruby.push_back(&e);
  }
  ASSERT_EQ(between_them.size(), 1u) << "three abuse records, one line";
  const std::string abuse = between_them[0]->attribute("xlabel");
  for (const char* form : {"physical", "stalking", "emotional"})
    EXPECT_NE(abuse.find(form), std::string::npos) << form;
  EXPECT_EQ(between_them[0]->attribute("dir"), "both") << "abuse both ways: arrows at both ends";
  ASSERT_EQ(to_ruby.size(), 1u) << "contact and the risk path, one line";
  EXPECT_EQ(to_ruby[0]->cls, "contact exposure");
  // Both colours, drawn side by side (a Graphviz colour list), and the label.
  EXPECT_EQ(to_ruby[0]->attribute("color"), "#2e7d32:#d50000");
  EXPECT_NE(to_ruby[0]->attribute("xlabel").find("weekly, supervised"), std::string::npos);
}

// Abuse between partners rides on the two lines down to their union: red
// beside the partner line's own colour, the arrow and the forms at the
// person abused. (A separate line between two people on one row
// is one Graphviz often cannot route between household boxes.)
TEST(GenogramNotation, AbuseBetweenPartnersIsDrawnOnTheirPartnerLines) {
  const LaidOut d = draw(notation_family());
  const auto& his = edge(d, "dad", "union:dad:mum", "partner");
  const auto& hers = edge(d, "mum", "union:dad:mum", "partner");
  EXPECT_EQ(his.cls, "partner abuse");
  EXPECT_EQ(hers.cls, "partner abuse");
  EXPECT_EQ(his.attribute("color"), "black:#c62828");
  EXPECT_EQ(hers.attribute("color"), "black:#c62828");
  EXPECT_EQ(his.attribute("style"), "dashed") << "still the cohabiting partner line";
  EXPECT_NE(hers.attribute("xlabel").find("physical"), std::string::npos)
      << "the forms beside the person abused, where the arrow is";
  EXPECT_EQ(hers.attribute("dir"), "back") << "the arrow points at mum, the person abused";
  EXPECT_NE(his.attribute("dir"), "back");
  // The other union of mum's (with her ex) carries no abuse.
  EXPECT_EQ(edge(d, "ex", "union:ex:mum", "partner").cls, "partner");
}

TEST(GenogramNotation, EveryEdgeSaysWhatItIs) {
  const LaidOut d = draw(notation_family());
  const std::set<std::string> kinds{"partner", "child",    "abuse", "contact",
                                    "care",    "exposure", "other"};
  for (const auto& e : d.edges) {
    const std::string first = e.cls.substr(0, e.cls.find(' '));
    EXPECT_TRUE(kinds.count(first)) << e.tail << " -> " << e.head << " has class '" << e.cls << "'";
  }
}

TEST(GenogramNotation, HouseholdIsADottedBoxNamedByItsId) {
  const LaidOut d = draw(notation_family());
  ASSERT_TRUE(d.boxes.count("cluster_home"));
  for (const char* id : {"dad", "mum", "mia", "kid", "lodger"})
    EXPECT_TRUE(d.boxes.at("cluster_home").contains(d.node(id))) << id;
  EXPECT_FALSE(d.boxes.at("cluster_home").contains(d.node("gran")));
}

TEST(GenogramNotation, FindingsMarks) {
  Overlay overlay;
  overlay.people["dad"].poses_risk = true;
  overlay.people["dad"].risk_factors = {"non-fatal strangulation"};
  overlay.people["ex"].invisible = true;
  overlay.people["lodger"].unassessed = true;
  overlay.exposure_paths.push_back({"dad", "mia"});
  overlay.exposure_paths.push_back({"lodger", "mia"});
  const LaidOut d = draw(notation_family(), overlay);
  EXPECT_EQ(d.node("dad").attribute("color"), "#d50000");
  EXPECT_NE(d.node("dad").attribute("label").find("strangulation"), std::string::npos);
  EXPECT_EQ(d.node("ex").attribute("color"), "#ef6c00");
  EXPECT_NE(d.node("ex").attribute("style").find("dashed"), std::string::npos);
  // A named man (identity known) not known to the work: the outline, no "?".
  EXPECT_EQ(d.node("ex").attribute("label").find("?"), std::string::npos);
  EXPECT_EQ(d.node("lodger").attribute("fillcolor"), "#fff59d");
  EXPECT_EQ(edge(d, "dad", "mia", "exposure").attribute("color"), "#d50000");
  // The lodger's step follows the care line already drawn: it turns red.
  EXPECT_EQ(edge(d, "lodger", "mia", "care").cls, "care exposure");
  // Without findings, none of this is drawn.
  const LaidOut plain = draw(notation_family());
  EXPECT_NE(plain.node("dad").attribute("color"), "#d50000");
  EXPECT_TRUE(plain.edges_of_class("exposure").empty());
}

TEST(GenogramNotation, KeyListsOnlySymbolsUsed) {
  const std::string svg = render_genogram(notation_family(), {}, {}, GenogramFormat::svg);
  EXPECT_NE(svg.find("unborn child"), std::string::npos);
  EXPECT_NE(svg.find("divorced"), std::string::npos);
  EXPECT_EQ(svg.find("not known to the work"), std::string::npos);  // no findings overlay
  EXPECT_EQ(svg.find("foster child"), std::string::npos);
}

// Issue 14: the key reads "partners: partners" no more; each row says what
// its symbol means.
TEST(GenogramNotation, KeyWordsSayWhatEachSymbolMeans) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "a", "sex": "male", "born": "1990"}, {"id": "b", "sex": "female", "born": "1991"},
         {"id": "c", "sex": "male", "born": "1980"}, {"id": "d", "sex": "female", "born": "1985"},
         {"id": "k", "sex": "female", "born": "2020"})",
      R"({"type": "partner", "a": "a", "b": "b"},
         {"type": "partner", "a": "a", "b": "d", "form": "cohabiting", "status": "current"},
         {"type": "parent", "parent": "c", "child": "k"}, {"type": "parent", "parent": "d", "child": "k"})"));
  const std::string svg = render_genogram(family, {}, {}, GenogramFormat::svg);
  EXPECT_EQ(svg.find("partners: "), std::string::npos);
  EXPECT_NE(svg.find("partners (how, not recorded)"), std::string::npos);
  EXPECT_NE(svg.find("partners living together"), std::string::npos);
  EXPECT_NE(svg.find("parents, not recorded as partners"), std::string::npos);
}

TEST(GenogramNotation, QuestionMarkOnlyForAManWhoseIdentityIsNotKnown) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "named", "sex": "male", "name": "Ryan Cole", "born": "1990"},
         {"id": "seen", "sex": "male", "identity": "unknown", "name": "Man at the door"},
         {"id": "jay", "sex": "male", "identity": "partial", "name": "Jay"})"));
  Overlay overlay;
  overlay.people["named"].invisible = true;
  const LaidOut named_only = draw(family, overlay);
  EXPECT_EQ(named_only.node("named").attribute("label").find("?"), std::string::npos)
      << "a named father who is not engaging is not a man nobody knows";
  EXPECT_EQ(named_only.node("named").attribute("color"), "#ef6c00");
  const std::string named_svg = render_genogram(family, overlay, {}, GenogramFormat::svg);
  EXPECT_EQ(named_svg.find("not known who this is"), std::string::npos) << "no ? in the key";
  overlay.people["seen"].invisible = true;
  overlay.people["jay"].invisible = true;
  const LaidOut d = draw(family, overlay);
  EXPECT_NE(d.node("seen").attribute("label").find("?"), std::string::npos);
  EXPECT_NE(d.node("jay").attribute("label").find("?"), std::string::npos);
  EXPECT_NE(render_genogram(family, overlay, {}, GenogramFormat::svg).find("not known who this is"),
            std::string::npos);
}

TEST(GenogramNotation, VisitorsAreMarkedWithTheHomeTheyVisit) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "mum", "sex": "female", "born": "1994"}, {"id": "kid", "sex": "male", "born": "2020"},
         {"id": "mate", "sex": "male", "born": "1990"}, {"id": "ex", "sex": "male", "born": "1989"})",
      R"({"type": "parent", "parent": "mum", "child": "kid"})",
      R"("households": [{"id": "home", "label": "Flat 2", "members": [
         {"person": "mum"}, {"person": "kid"}, {"person": "mate", "status": "visitor"},
         {"person": "ex", "status": "staying"}]}])"));
  const LaidOut d = draw(family);
  EXPECT_NE(d.node("mate").attribute("label").find("visits Flat 2"), std::string::npos);
  EXPECT_FALSE(d.boxes.at("cluster_home").contains(d.node("mate"))) << "a visitor is drawn outside";
  EXPECT_EQ(d.node("mum").attribute("label").find("visits"), std::string::npos);
  EXPECT_TRUE(d.boxes.at("cluster_home").contains(d.node("ex"))) << "staying: drawn inside";
  const std::string svg = render_genogram(family, {}, {}, GenogramFormat::svg);
  EXPECT_NE(svg.find("does not live or stay there"), std::string::npos);
}

TEST(GenogramNotation, ADisputedMemberIsDrawnInsideWithAQuestionMark) {
  // "Gemma says he does not live here": agencies have seen him there.
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "mum", "sex": "female", "born": "1994"}, {"id": "kid", "sex": "male", "born": "2020"},
         {"id": "him", "sex": "male", "born": "1990"}, {"id": "lodger", "sex": "male", "born": "1980"})",
      R"({"type": "parent", "parent": "mum", "child": "kid"})",
      R"("households": [{"id": "home", "label": "Flat 2", "members": [
         {"person": "mum"}, {"person": "kid"}, {"person": "him", "status": "disputed", "source": "police"},
         {"person": "lodger", "status": "staying"}]}])"));
  const LaidOut d = draw(family);
  EXPECT_TRUE(d.boxes.at("cluster_home").contains(d.node("him"))) << "disputed: drawn inside";
  EXPECT_NE(d.node("him").attribute("label").find("staying? (disputed)"), std::string::npos);
  EXPECT_EQ(d.node("lodger").attribute("label").find("disputed"), std::string::npos);
  EXPECT_EQ(d.node("mum").attribute("label").find("?"), std::string::npos);
  const std::string svg = render_genogram(family, {}, {}, GenogramFormat::svg);
  EXPECT_NE(svg.find("the family denies it"), std::string::npos) << "the key explains the mark";
}

TEST(GenogramNotation, SomeoneSeenAtAHomeIsMarkedWithTheHomeAndTheDate) {
  const FamilyGraph family = testing::family(testing::case_json(
      R"({"id": "mum", "sex": "female", "born": "1994"}, {"id": "kid", "sex": "male", "born": "2020"},
         {"id": "seen", "sex": "male", "identity": "unknown"},
         {"id": "old", "sex": "male", "born": "1980"})",
      R"({"type": "parent", "parent": "mum", "child": "kid"})",
      R"("households": [{"id": "home", "label": "Flat 2", "members": [{"person": "mum"}, {"person": "kid"}]}],
         "events": [{"date": "2026-08-20", "type": "sighting", "people": ["seen"], "household": "home"},
                    {"date": "2025-01-20", "type": "sighting", "people": ["old"], "household": "home"}])"));
  const LaidOut d = draw(family);
  EXPECT_NE(d.node("seen").attribute("label").find("seen at Flat 2<BR/>2026-08-20"), std::string::npos);
  EXPECT_EQ(d.node("old").attribute("label").find("seen at"), std::string::npos)
      << "a sighting older than the window is not marked";
  const std::string svg = render_genogram(family, {}, {}, GenogramFormat::svg);
  EXPECT_NE(svg.find("seen at the home named"), std::string::npos) << "the key explains it";
}

TEST(GenogramNotation, TitleCarriesCaseAndMarkingTopAndBottom) {
  std::string text = testing::case_json(R"({"id": "a", "sex": "female", "born": "1990"})");
  text.replace(text.find(R"("id": "T-1")"), 11,
               R"("id": "T-1", "title": "Cole family", "marking": "OFFICIAL-SENSITIVE")");
  const LaidOut d =
      testing::read_laid_out(render_genogram(testing::family(text), {}, {}, GenogramFormat::json));
  const std::string svg = render_genogram(testing::family(text), {}, {}, GenogramFormat::svg);
  // (Graphviz writes '-' in svg text as &#45;.)
  EXPECT_NE(svg.find("T&#45;1 — Cole family"), std::string::npos);
  EXPECT_NE(svg.find("as of 2026&#45;11&#45;01"), std::string::npos);
  std::size_t count = 0;
  const std::string marking = "OFFICIAL&#45;SENSITIVE";
  for (std::size_t at = svg.find(marking); at != std::string::npos; at = svg.find(marking, at + 1))
    ++count;
  EXPECT_EQ(count, 2u) << "the marking belongs in the title and at the bottom";
}

TEST(GenogramNotation, SameInputSameBytes) {
  const FamilyGraph family = notation_family();
  EXPECT_EQ(render_genogram(family, {}, {}, GenogramFormat::svg),
            render_genogram(family, {}, {}, GenogramFormat::svg));
}

}  // namespace
}  // namespace kinmap
