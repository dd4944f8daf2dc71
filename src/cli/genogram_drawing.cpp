#include "cli/genogram_drawing.h"

#include <ostream>
#include <set>

#include "analysis/focus_people.h"

namespace kinmap {
namespace {

/// Everyone in the circle of every focus child, and those children's ids.
struct FocusCircles {
  std::set<std::string> people;
  std::string children;  ///< "c1, c2", or "c1, c2, c3, c4, c5 and 40 more"
  std::string first_child;
};

/// At most this many children are named in a message; the rest are counted.
constexpr std::size_t kChildrenNamed = 5;

FocusCircles focus_circles(const AnalysisContext& analysis) {
  FocusCircles out;
  const auto children = analysis.family().focus_children();
  for (std::size_t i = 0; i < children.size(); ++i) {
    const std::set<std::string> circle = focus_people(analysis, children[i]);
    out.people.insert(circle.begin(), circle.end());
    const std::string& id = analysis.family().person(children[i]).id;
    if (i < kChildrenNamed) out.children += (i == 0 ? "" : ", ") + id;
    if (i == 0) out.first_child = id;
  }
  if (children.size() > kChildrenNamed)
    out.children += " and " + std::to_string(children.size() - kChildrenNamed) + " more";
  return out;
}

std::string people(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " person" : " people");
}

}  // namespace

std::string draw_genogram_for(const AnalysisContext& analysis, const Overlay& overlay,
                              const DrawingRequest& request, std::ostream& err) {
  const FamilyGraph& family = analysis.family();
  const std::string prefix = "kinmap: " + request.case_path + ": ";
  const auto drawn = [&](const Genogram& genogram, const std::string& instead) {
    for (const std::string& note : genogram.notes) err << prefix << note << '\n';
    if (!instead.empty()) err << prefix << instead << '\n';
    return genogram.bytes;
  };
  GenogramOptions asked = request.options;
  asked.legible_only = !request.all;
  asked.isolation = request.limits;

  std::string failure;  // why the drawing asked for was not made
  bool illegible = false;
  bool timed_out = false;
  try {
    return drawn(draw_genogram(family, overlay, asked, request.format), "");
  } catch (const LayoutFailed& e) {
    failure = e.what();
    timed_out = e.stop() == LayoutStop::timed_out;
  } catch (const IllegibleDrawing& e) {
    failure = e.what();
    illegible = true;
  }

  const std::string what =
      request.focused ? "the genogram of this child's circle" : "the full genogram";
  if (!illegible) {
    GenogramOptions simpler = asked;
    simpler.households = false;
    try {
      return drawn(
          draw_genogram(family, overlay, simpler, request.format),
          what + " could not be laid out (" + failure + "); drawn without household boxes");
    } catch (const LayoutFailed& e) {
      timed_out = timed_out || e.stop() == LayoutStop::timed_out;
    } catch (const IllegibleDrawing&) {
    }
  }

  const FocusCircles circles = request.focused ? FocusCircles{} : focus_circles(analysis);
  const bool circles_help = !circles.people.empty() && circles.people.size() < family.size();
  if (circles_help) {
    GenogramOptions circle = asked;
    circle.only = circles.people;
    circle.households = illegible;  // boxes stay unless they were what failed
    try {
      const Genogram genogram = draw_genogram(family, overlay, circle, request.format);
      const std::string which = "the focus children's circles (" + circles.children + ": " +
                                people(genogram.people) + ")";
      return drawn(genogram, illegible ? "the whole family is not drawn: " + failure + "; drawn " +
                                             which + " instead (--all draws everyone)"
                                       : what + " could not be laid out (" + failure + "); drawn " +
                                             which + " without household boxes");
    } catch (const LayoutFailed& e) {
      timed_out = timed_out || e.stop() == LayoutStop::timed_out;
    } catch (const IllegibleDrawing&) {
    }
  }

  const std::string child = circles.first_child.empty() ? "CHILD_ID" : circles.first_child;
  if (illegible) {
    std::string tries;
    if (request.options.page == Page::a4) tries += "--page a3, ";
    if (!request.focused) tries += "--focus " + child + " for one child's circle, ";
    throw RenderError(request.case_path + ": the genogram was not drawn: " + failure + ". Try " +
                      tries + "or --all to draw it anyway");
  }
  std::string tries = request.focused ? "" : "--focus " + child + " to draw one child's circle";
  if (timed_out) tries += std::string(tries.empty() ? "" : ", or ") + "a longer --layout-timeout";
  throw RenderError(request.case_path + ": the genogram could not be drawn: " + failure +
                    "; nor without household boxes" +
                    (circles_help ? std::string(" or as the focus children's circles") : "") +
                    (tries.empty() ? "" : ". Try " + tries));
}

}  // namespace kinmap
