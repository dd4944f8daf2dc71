// What a user sees when Graphviz fails (issue 14, "never crash, never
// hang"): an aborting or endless layout is exit 4 with a message in
// kinmap's words naming the case file and what to try, and the existing
// output is left byte for byte as it was; when a simpler drawing can be
// made it is, and stderr says which. Also the page and image sizes a user
// prints and opens, and names never printed too small to read.
//
// The faults come from KINMAP_TEST_LAYOUT_FAULT, which only the layout
// child process reads (genogram.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "analysis/analysis_context.h"
#include "analysis/focus_people.h"
#include "cli/cli.h"
#include "example_support.h"
#include "genogram.h"
#include "test_support.h"

namespace kinmap {
namespace {

using testing::CliRun;
using testing::TempFolder;

const std::string kFlagship = testing::source_path("examples/three_households.json");
const std::string kLastWeek = "last week's drawing\n\x01\x02 bytes that must not change";

/// Sets KINMAP_TEST_LAYOUT_FAULT for one test.
class LayoutFault {
 public:
  explicit LayoutFault(const char* fault) { ::setenv("KINMAP_TEST_LAYOUT_FAULT", fault, 1); }
  ~LayoutFault() { ::unsetenv("KINMAP_TEST_LAYOUT_FAULT"); }
  LayoutFault(const LayoutFault&) = delete;
  LayoutFault& operator=(const LayoutFault&) = delete;
};

bool says(const CliRun& r, const std::string& words) {
  return r.err.find(words) != std::string::npos;
}

std::string command_output(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  std::string out;
  char buffer[4096];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe.get())) out += buffer;
  return out;
}

class EveryDrawingCommand : public ::testing::TestWithParam<std::string> {
 protected:
  CliRun draw(const std::string& target, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {GetParam() == "report" ? "report" : "render", kFlagship, "-o",
                                     target};
    args.insert(args.end(), extra.begin(), extra.end());
    return testing::run_kinmap(args);
  }
  std::string target_name() const {
    return GetParam() == "report" ? "conference.html" : "family." + GetParam();
  }
};

TEST_P(EveryDrawingCommand, AnAbortingLayoutIsExitFourAndLeavesTheOldFileUntouched) {
  TempFolder folder;
  const std::string target = folder.file(target_name());
  std::ofstream(target, std::ios::binary) << kLastWeek;
  const LayoutFault fault("abort");
  const CliRun r = draw(target);
  EXPECT_EQ(r.code, kExitOutput) << r.err;
  EXPECT_TRUE(says(r, "kinmap: " + kFlagship + ": the genogram could not be drawn")) << r.err;
  EXPECT_TRUE(says(r, "Graphviz stopped with an internal error")) << r.err;
  EXPECT_TRUE(says(r, "Try --focus c4")) << r.err;
  EXPECT_TRUE(says(r, "nothing was written")) << r.err;
  EXPECT_EQ(testing::read_file(target), kLastWeek);
  EXPECT_EQ(folder.entries(), 1u) << "a temporary file was left behind";
}

TEST_P(EveryDrawingCommand, AHangingLayoutIsStoppedAtTheTimeLimitAndIsExitFour) {
  TempFolder folder;
  const std::string target = folder.file(target_name());
  std::ofstream(target, std::ios::binary) << kLastWeek;
  const LayoutFault fault("hang");
  const auto start = std::chrono::steady_clock::now();
  const CliRun r = draw(target, {"--layout-timeout", "1"});
  const auto took = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(r.code, kExitOutput) << r.err;
  EXPECT_TRUE(says(r, "did not finish within the time limit of 1 s (--layout-timeout)")) << r.err;
  EXPECT_TRUE(says(r, "a longer --layout-timeout")) << r.err;
  // The full drawing, without boxes, the focus children's circles: 1 s each.
  EXPECT_LT(took, std::chrono::seconds(8));
  EXPECT_EQ(testing::read_file(target), kLastWeek);
  EXPECT_EQ(folder.entries(), 1u);
}

TEST_P(EveryDrawingCommand, WhenHouseholdBoxesTripGraphvizTheFamilyIsDrawnWithoutThem) {
  TempFolder folder;
  const std::string target = folder.file(target_name());
  const LayoutFault fault("abort-with-households");
  const CliRun r = draw(target);
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_TRUE(says(r, "kinmap: " + kFlagship +
                          ": the full genogram could not be laid out (Graphviz stopped with an "
                          "internal error"))
      << r.err;
  EXPECT_TRUE(says(r, "; drawn without household boxes")) << r.err;
  if (GetParam() == "svg" || GetParam() == "report") {
    const std::string drawn = testing::read_file(target);
    EXPECT_NE(drawn.find("<title>f1</title>"), std::string::npos) << "Dean Marsh is not drawn";
    // The family's own (borderless) cluster is the only one left: no household box.
    EXPECT_NE(drawn.find("<title>cluster_family</title>"), std::string::npos);
    EXPECT_EQ(drawn.find("<title>cluster_", drawn.find("<title>cluster_family</title>") + 1),
              std::string::npos)
        << "a household box was drawn";
  }
}

TEST_P(EveryDrawingCommand, LinesGraphvizLostMeanNothingIsWritten) {
  TempFolder folder;
  const std::string target = folder.file(target_name());
  std::ofstream(target, std::ios::binary) << kLastWeek;
  const LayoutFault fault("lose-line");
  const CliRun r = draw(target);
  EXPECT_EQ(r.code, kExitOutput) << r.err;
  EXPECT_TRUE(says(r, "line could not be routed and may be missing from the drawing (between "))
      << r.err;
  EXPECT_EQ(r.err.find("lost "), std::string::npos) << "Graphviz's own words: " << r.err;
  EXPECT_EQ(testing::read_file(target), kLastWeek);
}

INSTANTIATE_TEST_SUITE_P(Formats, EveryDrawingCommand,
                         ::testing::Values("svg", "pdf", "png", "dot", "json", "report"));

TEST(LayoutSafety, GraphvizWarningsReachTheUserInKinmapsWordsOnly) {
  // Graphviz leaves out an abuse label it cannot place beside the lines here.
  const CliRun r = testing::run_kinmap(
      {"render",
       testing::source_path("tests/render/regressions/two_abuse_records_between_homes.json"), "-o",
       "-", "--format", "svg"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_TRUE(says(r,
                   "1 line label could not be placed without covering someone and was left "
                   "out of the drawing"))
      << r.err;
  EXPECT_EQ(r.err.find("Warning"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("exterior labels"), std::string::npos) << r.err;
}

TEST(LayoutSafety, TheLayoutTimeoutIsInTheHelpAndMustBeANumber) {
  EXPECT_NE(testing::run_kinmap({"render", "--help"}).out.find("--layout-timeout"),
            std::string::npos);
  EXPECT_NE(testing::run_kinmap({"report", "--help"}).out.find("--layout-timeout"),
            std::string::npos);
  EXPECT_EQ(
      testing::run_kinmap({"render", kFlagship, "-o", "x.svg", "--layout-timeout", "soon"}).code,
      kExitUsage);
  EXPECT_EQ(
      testing::run_kinmap({"render", kFlagship, "-o", "x.svg", "--layout-timeout", "-1"}).code,
      kExitUsage);
}

TEST(PageSize, APdfPageIsTrueA4OrA3) {
  TempFolder folder;
  for (const auto& [page, size] : {std::pair<std::string, std::string>{"a4", "842 x 595 pts (A4)"},
                                   {"a3", "1191 x 842 pts (A3)"}}) {
    const std::string pdf = folder.file(page + ".pdf");
    const CliRun r = testing::run_kinmap({"render", kFlagship, "-o", pdf, "--page", page});
    ASSERT_EQ(r.code, kExitOk) << r.err;
    const std::string info = command_output("pdfinfo '" + pdf + "'");
    EXPECT_NE(info.find("Pages:           1"), std::string::npos) << info;
    EXPECT_NE(info.find("Page size:       " + size), std::string::npos) << info;
  }
}

TEST(PageSize, AFamilyTallerThanWideGetsAPortraitPage) {
  // Seven generations, one person each.
  std::string people;
  std::string parents;
  for (int i = 0; i < 7; ++i) {
    people += std::string(i ? "," : "") + R"({"id": "g)" + std::to_string(i) + R"(", "sex": ")" +
              (i % 2 ? "female" : "male") + R"(", "born": ")" + std::to_string(1905 + 18 * i) +
              R"(-01-01"})";
    if (i > 0)
      parents += std::string(i > 1 ? "," : "") + R"({"type": "parent", "parent": "g)" +
                 std::to_string(i - 1) + R"(", "child": "g)" + std::to_string(i) + R"("})";
  }
  const CliRun r =
      testing::run_kinmap({"render", "-", "-o", "-", "--format", "svg", "--page", "a4"},
                          testing::case_json(people, parents));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("<svg width=\"595pt\" height=\"842pt\""), std::string::npos)
      << r.out.substr(0, 400);
}

/// A valid case of `people` women, no relationships: one long row.
std::string row_of_people(std::size_t people) {
  std::string list;
  for (std::size_t i = 0; i < people; ++i)
    list += (i ? "," : "") + std::string(R"({"id": "p)") + std::to_string(i) +
            R"(", "sex": "female", "name": "Person )" + std::to_string(i) + R"("})";
  return testing::case_json(list);
}

TEST(PageSize, AFamilyTooLargeToReadOnThePageIsDeclinedQuicklyUnlessAll) {
  TempFolder folder;
  const std::string target = folder.file("family.pdf");
  std::ofstream(target, std::ios::binary) << kLastWeek;
  const std::string big = row_of_people(1500);
  const auto start = std::chrono::steady_clock::now();
  const CliRun r = testing::run_kinmap({"render", "-", "-o", target, "--page", "a4"}, big);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_EQ(r.code, kExitOutput) << r.err;
  EXPECT_TRUE(says(r,
                   "kinmap: -: the genogram was not drawn: 1500 people would print with names "
                   "at most "))
      << r.err;
  EXPECT_TRUE(says(r, "too small to read (6 pt at least). Try --page a3")) << r.err;
  EXPECT_TRUE(says(r, "or --all to draw it anyway")) << r.err;
  EXPECT_EQ(testing::read_file(target), kLastWeek);
}

TEST(PageSize, MoreThanThreeThousandPeopleAreDeclinedAtOnceInAnyFormat) {
  const auto start = std::chrono::steady_clock::now();
  const CliRun r =
      testing::run_kinmap({"render", "-", "-o", "-", "--format", "svg"}, row_of_people(3001));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_EQ(r.code, kExitOutput) << r.err;
  EXPECT_TRUE(says(r, "3001 people are more than one genogram can show readably (3000 at most)"))
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

// large_family (62 people, the Kelly and Holt families side by side: 3,600
// pt wide in one row, names at 3 pt on A3) is wrapped, one family above the
// other, and prints whole on A3 with names at 6 pt or more.
TEST(PageSize, TheLargeFamilyPrintsWholeOnA3WithNamesLegible) {
  const std::string large_family = testing::source_path("examples/large_family.json");
  const FamilyGraph family = testing::family(testing::read_file(large_family));
  GenogramOptions options;
  options.page = Page::a3;
  const Genogram drawn = draw_genogram(family, Overlay{}, options, GenogramFormat::svg);
  EXPECT_EQ(drawn.people, 62u);
  EXPECT_GE(drawn.name_points, kLegiblePoints);
  EXPECT_NE(drawn.bytes.find("<svg width=\"1191pt\" height=\"842pt\""), std::string::npos)
      << drawn.bytes.substr(0, 400);

  TempFolder folder;
  const std::string pdf = folder.file("large_family.pdf");
  const CliRun r = testing::run_kinmap({"render", large_family, "-o", pdf, "--page", "a3"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(r.err.find("circles"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("one long row"), std::string::npos) << r.err;
  const std::string info = command_output("pdfinfo '" + pdf + "'");
  EXPECT_NE(info.find("Page size:       1191 x 842 pts (A3)"), std::string::npos) << info;
  // Everyone is on the page, the children the case is about and their
  // great-grandparents alike.
  const std::string text = command_output("pdftotext '" + pdf + "' -");
  for (const std::string name : {"Albert", "Walter", "Leo Holt", "Zara", "Archie", "Oscar"})
    EXPECT_NE(text.find(name), std::string::npos) << name;
}

// The compact layout is the newest thing Graphviz sees: when it fails, the
// family is drawn as before, in one long row with its household boxes,
// and stderr says so.
TEST(PageSize, WhenTheCompactLayoutFailsTheFamilyIsDrawnInOneRow) {
  const std::string large_family = testing::source_path("examples/large_family.json");
  const LayoutFault fault("abort-wrapped");
  const CliRun r = testing::run_kinmap({"render", large_family, "-o", "-", "--format", "svg"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_TRUE(says(r, "kinmap: " + large_family +
                          ": the compact layout failed (Graphviz stopped with an internal error"))
      << r.err;
  EXPECT_TRUE(says(r, "the family is drawn in one long row instead")) << r.err;
  EXPECT_NE(r.out.find("<title>cluster_h_a1</title>"), std::string::npos) << "no household box";
  EXPECT_NE(r.out.find("<title>b3c1</title>"), std::string::npos);
}

// Wrapping is no cure for size: 300 unrelated women and six mothers with
// their children cannot be read on A4 however they are arranged.
TEST(PageSize, AnIllegibleFamilyWithFocusChildrenDrawsTheirCirclesAndSaysSo) {
  std::string people;
  std::string parents;
  std::string focus;
  for (int i = 0; i < 300; ++i)
    people += R"({"id": "p)" + std::to_string(i) + R"(", "sex": "female"},)";
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    people += std::string(i > 1 ? "," : "") + R"({"id": "m)" + n +
              R"(", "sex": "female"}, {"id": "c)" + n +
              R"(", "sex": "male", "born": "2020-01-01"})";
    parents += std::string(i > 1 ? "," : "") + R"({"type": "parent", "parent": "m)" + n +
               R"(", "child": "c)" + n + R"("})";
    focus += std::string(i > 1 ? "," : "") + "\"c" + n + "\"";
  }
  const std::string text =
      R"({"format": "kinmap-case/1", "case": {"id": "T-1", "as_of": "2026-11-01", "focus": [)" +
      focus + R"(]}, "people": [)" + people + R"(], "relationships": [)" + parents + "]}";
  const CliRun r =
      testing::run_kinmap({"render", "-", "-o", "-", "--format", "svg", "--page", "a4"}, text);
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_TRUE(says(r, "the whole family is not drawn: 312 people would print with names")) << r.err;
  EXPECT_TRUE(says(r,
                   "drawn the focus children's circles (c1, c2, c3, c4, c5 and 1 more: 12 "
                   "people) instead (--all draws everyone)"))
      << r.err;
  EXPECT_NE(r.out.find("<title>c6</title>"), std::string::npos);
  EXPECT_EQ(r.out.find("<title>p0</title>"), std::string::npos);
  const CliRun all = testing::run_kinmap(
      {"render", "-", "-o", "-", "--format", "svg", "--page", "a4", "--all"}, text);
  ASSERT_EQ(all.code, kExitOk) << all.err;
  EXPECT_NE(all.out.find("<title>p0</title>"), std::string::npos);
  EXPECT_EQ(all.err.find("circles"), std::string::npos) << all.err;
}

// A PDF has pages: large_family cannot be read whole on A4, so it becomes
// the whole family as an overview, then a page for each focus child's
// circle (brothers and sisters who share one, on one page), each a true A4.
TEST(PageSize, AnIllegibleFamilyInAPdfIsAnOverviewAndAPagePerCircle) {
  const std::string large_family = testing::source_path("examples/large_family.json");
  const FamilyGraph family = testing::family(testing::read_file(large_family));
  const AnalysisContext analysis(family);
  std::vector<std::pair<std::set<std::string>, std::vector<std::string>>> circles;
  for (FamilyGraph::Vertex child : family.focus_children()) {
    const std::set<std::string> people = focus_people(analysis, child);
    auto same = std::find_if(circles.begin(), circles.end(),
                             [&](const auto& circle) { return circle.first == people; });
    if (same == circles.end()) same = circles.insert(circles.end(), {people, {}});
    same->second.push_back(family.person(child).id);
  }
  ASSERT_GT(circles.size(), 1u);

  TempFolder folder;
  const std::string pdf = folder.file("large_family.pdf");
  const CliRun r = testing::run_kinmap({"render", large_family, "-o", pdf, "--page", "a4"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const std::string pages = std::to_string(circles.size() + 1);
  EXPECT_TRUE(says(r,
                   "the whole family cannot be read on one page: 62 people would print with "
                   "names"))
      << r.err;
  EXPECT_TRUE(says(r, "written as " + pages + " pages: an overview of the whole family (names "))
      << r.err;
  const std::string info = command_output("pdfinfo -f 1 -l " + pages + " '" + pdf + "'");
  EXPECT_NE(info.find("Pages:           " + pages + "\n"), std::string::npos) << info;
  for (std::size_t page = 1; page <= circles.size() + 1; ++page) {
    const std::string number = std::to_string(page);
    EXPECT_TRUE(info.find("Page " + std::string(4 - number.size(), ' ') + number +
                          " size:  842 x 595 pts (A4)") != std::string::npos ||
                info.find("Page " + std::string(4 - number.size(), ' ') + number +
                          " size:  595 x 842 pts (A4)") != std::string::npos)
        << "page " << page << ": " << info;
  }
  const auto text_of = [&](std::size_t page) {
    return command_output("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) +
                          " '" + pdf + "' -");
  };
  EXPECT_NE(text_of(1).find("Overview: the whole family"), std::string::npos);
  for (std::size_t i = 0; i < circles.size(); ++i) {
    const std::string text = text_of(i + 2);
    EXPECT_NE(text.find("The circle of"), std::string::npos) << text;
    for (const std::string& child : circles[i].second)
      EXPECT_NE(text.find("(" + child + ")"), std::string::npos) << child << " on page " << i + 2;
    // Only that circle: nobody from outside it.
    for (const Person& p : family.case_data().people)
      if (!circles[i].first.count(p.id) && !p.name.empty() && p.name.find(' ') != std::string::npos)
        EXPECT_EQ(text.find(p.name), std::string::npos) << p.name << " on page " << i + 2;
  }
}

/// A mother of `children`: one branch, one long row that no wrapping can break.
std::string mother_of(std::size_t children) {
  std::string people = R"({"id": "mum", "sex": "female", "born": "1960-01-01"})";
  std::string parents;
  for (std::size_t i = 0; i < children; ++i) {
    people += R"(,{"id": "c)" + std::to_string(i) + R"(", "sex": "female", "born": "1990-01-01"})";
    parents += (i ? "," : "") + std::string(R"({"type": "parent", "parent": "mum", "child": "c)") +
               std::to_string(i) + R"("})";
  }
  return testing::case_json(people, parents);
}

TEST(RasterSize, APngNeverExceedsWhatAViewerCanOpen) {
  TempFolder folder;
  const std::string png = folder.file("row.png");
  const CliRun r = testing::run_kinmap({"render", "-", "-o", png, "--all"}, mother_of(300));
  ASSERT_EQ(r.code, kExitOk) << r.err;
  const std::string bytes = testing::read_file(png);
  ASSERT_GT(bytes.size(), 24u);
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(bytes[at]) << 24) |
           (static_cast<unsigned char>(bytes[at + 1]) << 16) |
           (static_cast<unsigned char>(bytes[at + 2]) << 8) |
           static_cast<unsigned char>(bytes[at + 3]);
  };
  const unsigned width = static_cast<unsigned>(be32(16));
  const unsigned height = static_cast<unsigned>(be32(20));
  EXPECT_LE(width, 16384u);
  EXPECT_LE(height, 16384u);
  EXPECT_GT(width, 8000u) << "scaled down further than the cap needs";
  // Without --all, names that small are declined rather than drawn.
  const CliRun declined =
      testing::run_kinmap({"render", "-", "-o", png, "--format", "png"}, mother_of(300));
  EXPECT_EQ(declined.code, kExitOutput) << declined.err;
  EXPECT_TRUE(says(declined, "px high in the largest image a viewer can open")) << declined.err;
}

}  // namespace
}  // namespace kinmap
