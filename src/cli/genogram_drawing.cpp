#include "cli/genogram_drawing.h"

#include <algorithm>
#include <iomanip>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <vector>

#include "analysis/focus_people.h"
#include "pdf_pages.h"

namespace kinmap {
namespace {

/// Everyone in the circle of every focus child, and those children's ids.
struct FocusCircles {
  std::set<std::string> people;
  std::string children;  ///< "c1, c2", or "c1, c2, c3, c4, c5 and 40 more"
  std::string first_child;
};

using Vertex = FamilyGraph::Vertex;

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

/// The genogram on page after page: the whole family as an overview
/// (unless too many people for one drawing at all), then one page for each
/// focus child's circle. Each page is drawn on its own under the safety
/// net, without household boxes when they fail; a page that cannot be drawn
/// at all is left out and said so. Empty when no page could be drawn.
struct Pages {
  std::vector<std::string> documents;
  std::vector<std::string> notes;  ///< Graphviz's notes and pages left out
  std::string contents;            ///< "an overview of the whole family (...) and ..."
};

Pages draw_pages(const AnalysisContext& analysis, const Overlay& overlay,
                 const GenogramOptions& asked) {
  const FamilyGraph& family = analysis.family();
  Pages out;
  // Draws one page; its names' size in points, or none when left out.
  const auto page = [&](GenogramOptions options, const std::string& what) -> std::optional<double> {
    options.legible_only = false;
    for (bool households : {true, false}) {
      if (!households && !options.households) break;
      options.households = households;
      try {
        Genogram drawn = draw_genogram(family, overlay, options, GenogramFormat::pdf);
        for (const std::string& note : drawn.notes) out.notes.push_back(what + ": " + note);
        if (!households) out.notes.push_back(what + ": drawn without household boxes");
        out.documents.push_back(std::move(drawn.bytes));
        return drawn.name_points;
      } catch (const LayoutFailed& e) {
        if (!households || !options.households)
          out.notes.push_back(what + " could not be drawn (" + e.what() + ") and is left out");
      }
    }
    return std::nullopt;
  };
  if (family.size() <= kMostPeopleInOneDrawing) {
    GenogramOptions overview = asked;
    overview.heading =
        "Overview: the whole family (names too small to read; one page per focus "
        "child's circle follows)";
    if (const auto name_points = page(overview, "the overview")) {
      std::ostringstream size;
      size << std::fixed << std::setprecision(1) << *name_points;
      out.contents = "an overview of the whole family (names " + size.str() + " pt) and ";
    }
  }
  // Brothers and sisters usually share one circle: one page for them all.
  std::vector<std::pair<std::set<std::string>, std::vector<Vertex>>> circles;
  for (Vertex child : family.focus_children()) {
    std::set<std::string> people = focus_people(analysis, child);
    auto same = std::find_if(circles.begin(), circles.end(),
                             [&](const auto& circle) { return circle.first == people; });
    if (same == circles.end())
      circles.emplace_back(std::move(people), std::vector<Vertex>{child});
    else
      same->second.push_back(child);
  }
  std::string children;
  std::size_t drawn = 0;
  for (const auto& [people, whose] : circles) {
    std::string names, ids;
    for (std::size_t i = 0; i < whose.size(); ++i) {
      const Person& person = family.person(whose[i]);
      const std::string name = !person.name.empty() ? person.name
                               : person.unborn()    ? "the unborn baby"
                                                    : "the unnamed child";
      const std::string_view joint = i == 0 ? "" : i + 1 == whose.size() ? " and " : ", ";
      names += std::string(joint) + name + " (" + person.id + ")";
      ids += std::string(joint) + person.id;
    }
    GenogramOptions circle = asked;
    circle.only = people;
    circle.heading = "The circle of " + names;
    if (!page(circle, "the page for " + ids)) continue;
    if (drawn < kChildrenNamed) children += (drawn == 0 ? "" : "; ") + ids;
    ++drawn;
  }
  if (drawn > kChildrenNamed)
    children += " and " + std::to_string(drawn - kChildrenNamed) + " more";
  out.contents += drawn == 0 ? std::string("no focus child's circle")
                             : "one page for each focus child's circle (" + children + ")";
  return out;
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
  // A PDF can have pages: rather than leave people out, every focus
  // child's circle on a page of its own, after an overview.
  if (circles_help && illegible && request.format == GenogramFormat::pdf) {
    const Pages pages = draw_pages(analysis, overlay, asked);
    if (!pages.documents.empty()) {
      const std::string bytes = join_pdf_pages(pages.documents);
      for (const std::string& note : pages.notes) err << prefix << note << '\n';
      err << prefix << "the whole family cannot be read on one page: " << failure << "; written as "
          << pages.documents.size() << " pages: " << pages.contents
          << " (--all draws everyone on one page)\n";
      return bytes;
    }
  }
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
