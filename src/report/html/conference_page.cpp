#include "report/html/conference_page.h"

#include <map>
#include <string_view>

#include "report/html/html_text.h"

namespace kinmap {
namespace {

using html::escape;

// Print-first styles: A4, black-and-white friendly (severity is a word and a
// border weight, never colour alone), rows and findings never split.
constexpr const char* kStyle = R"css(
:root { --ink: #111; --muted: #555; --rule: #999; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 190mm; padding: 0 4mm; }
header.page { border-bottom: 2px solid var(--ink); margin-bottom: 4mm; padding-top: 2mm; }
.marking { font-weight: bold; letter-spacing: 0.08em; text-align: center; text-transform: uppercase; }
.marking.top { border-bottom: 1px solid var(--ink); padding-bottom: 1mm; margin-bottom: 2mm; }
.marking.bottom { border-top: 1px solid var(--ink); padding-top: 1mm; margin-top: 6mm; }
h1 { font-size: 16pt; margin: 0 0 1mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid var(--rule); break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
figure.genogram { margin: 0; text-align: center; break-inside: avoid; }
figure.genogram .drawing { overflow: auto; }
figure.genogram svg { width: 100%; height: auto; max-height: 230mm; }
figure.genogram figcaption { color: var(--muted); font-size: 9pt; }
.zoom { display: none; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid var(--rule); padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.yes::before { content: "\2713  "; }
td.no { font-weight: bold; }
td.no::before { content: "\2717  "; }
tr.risk td:first-child { border-left: 3px solid var(--ink); font-weight: bold; }
.finding { border: 1px solid var(--rule); border-left-width: 2px; padding: 2mm 3mm; margin: 0 0 2.5mm;
           break-inside: avoid; }
.finding .label { font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; }
.finding .rule { color: var(--muted); font-size: 8.5pt; }
.finding p { margin: 1mm 0 0; }
article.finding { break-inside: auto; }
.finding li, .finding p { break-inside: avoid; }
.finding h3 { margin: 0 0 1mm; }
.finding h3 .label { font-size: 9pt; margin-left: 2mm; }
.finding h4 { font-size: 9.5pt; margin: 2mm 0 0.5mm; text-transform: uppercase; letter-spacing: 0.05em; }
.finding ul { margin: 0; padding-left: 5mm; }
.finding li { margin: 0.5mm 0; }
.finding ul.actions li::marker { content: "\2610  "; }
.finding p.links { margin: 0; color: var(--muted); }
.label.low, .label.medium { font-weight: bold; }
dl.lessons { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; font-size: 9.5pt; }
dl.lessons dt { font-weight: bold; font-size: 8.5pt; }
dl.lessons dd { margin: 0; }
.finding.urgent { border: 3px solid var(--ink); }
.finding.high { border-left: 6px solid var(--ink); }
.finding.medium { border-left: 3px double var(--ink); }
.finding.low { border-left: 1px dashed var(--ink); }
@media screen {
  /* The genogram takes the window's whole width, the text keeps its column. */
  section.genogram-section { width: calc(100vw - 32px); margin-left: calc(50% - 50vw + 16px); }
  .zoom { display: inline; font-size: 9.5pt; }
  input.zoom { margin-left: 3mm; }
  figure.genogram .drawing { max-height: 85vh; border: 1px solid var(--rule); }
  figure.genogram svg { max-height: 80vh; }
  #genogram-actual:checked ~ figure.genogram svg,
  #genogram-double:checked ~ figure.genogram svg { width: auto; max-width: none; max-height: none; }
  #genogram-double:checked ~ figure.genogram svg { zoom: 2; }
  .finding.urgent { border-color: #b00020; }
  .finding.high { border-left-color: #d35400; }
  .finding.medium { border-left-color: #b7950b; }
  .label.urgent { color: #b00020; }
}
table.chronology td.type, table.chronology td.date { white-space: nowrap; }
tr.event-separation td.type, tr.event-reconciliation td.type { font-weight: bold; }
tr.event-separation td.type::before { content: "\2502\2502  "; }
tr.event-reconciliation td.type::before { content: "\21C4  "; }
tr.event-incident td.type::before, tr.event-police_callout td.type::before,
tr.event-threat td.type::before, tr.event-arrest td.type::before, tr.event-breach td.type::before { content: "\26A0  "; }
tr.event-incident td, tr.event-police_callout td, tr.event-threat td { font-weight: bold; }
tr.event-sighting td.type::before { content: "\25C9  "; }
tr.event-sighting td { font-style: italic; }
.none { color: var(--muted); font-style: italic; }
@media print {
  body { max-width: none; padding: 0; }
  .marking.top, .marking.bottom { display: none; }
  /* A landscape page of its own (the named page "genogram", below). */
  section.genogram-section { page: genogram; break-after: page; }
  figure.genogram svg { max-height: 150mm; }
}
)css";

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::urgent:
      return "Urgent";
    case Severity::high:
      return "High";
    case Severity::medium:
      return "Medium";
    case Severity::low:
      return "Low";
  }
  return "";
}

std::string event_label(const std::string& type) {
  std::string out = type;
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

void yes_no(std::string& out, bool value, const char* yes, const char* no) {
  out += value ? "<td class=\"yes\">" : "<td class=\"no\">";
  out += value ? yes : no;
  out += "</td>";
}

void header(std::string& out, const ConferencePage& page) {
  out += "<header class=\"page\">\n";
  if (!page.marking.empty())
    out += "<div class=\"marking top\">" + escape(page.marking) + "</div>\n";
  out += "<h1>" + escape(page.title.empty() ? "Case " + page.case_id : page.title) + "</h1>\n";
  out += "<dl class=\"facts\">\n";
  out += "<dt>Case</dt><dd>" + escape(page.case_id) + "</dd>\n";
  out += "<dt>Information as of</dt><dd>" + escape(page.as_of) + "</dd>\n";
  out += "<dt>Plan</dt><dd>" +
         (page.plan.empty() ? std::string("<span class=\"none\">no plan recorded</span>")
                            : escape(page.plan)) +
         "</dd>\n";
  if (page.redacted) out += "<dt>Names</dt><dd>redacted: people are shown by their role</dd>\n";
  out += "</dl>\n</header>\n";
}

void genogram(std::string& out, const ConferencePage& page) {
  if (page.genogram_svg.empty()) return;
  out += "<section class=\"genogram-section\" aria-labelledby=\"genogram\">\n";
  out += "<h2 id=\"genogram\">Genogram</h2>\n";
  // Zoom without script: the checked size styles the drawing (kStyle), so
  // the inputs stand beside the figure, not inside another element.
  out += "<span class=\"zoom\">Size:</span>";
  const char* sizes[][2] = {
      {"fit", "fit to the window"}, {"actual", "actual size"}, {"double", "twice the size"}};
  for (const auto& [id, words] : sizes)
    out +=
        std::string("<input class=\"zoom\" type=\"radio\" name=\"genogram-size\" id=\"genogram-") +
        id + "\"" + (std::string_view(id) == "fit" ? " checked" : "") +
        "><label class=\"zoom\" for=\"genogram-" + id + "\">" + words + "</label>";
  out += "\n";
  out += "<figure class=\"genogram\">\n<div class=\"drawing\">\n";
  out += page.genogram_svg;  // produced by kinmap's renderer, which escapes every label
  out += "\n</div>\n<figcaption>Family, households and the findings marked on them, as of " +
         escape(page.as_of) + ".</figcaption>\n</figure>\n</section>\n";
}

void circles(std::string& out, const ConferencePage& page) {
  out += "<section aria-labelledby=\"circle\">\n<h2 id=\"circle\">Who is around each child</h2>\n";
  if (page.circles.empty()) out += "<p class=\"none\">No focus child is recorded.</p>\n";
  for (const CircleTable& table : page.circles) {
    out += "<h3>" + escape(table.child) + "</h3>\n";
    if (table.rows.empty()) {
      out += "<p class=\"none\">Nobody else is recorded around this child.</p>\n";
      continue;
    }
    out +=
        "<table class=\"circle\">\n<thead><tr><th>Person</th><th>How they are linked</th><th>Lives "
        "with the child</th>"
        "<th>Assessed</th><th>Named in the plan</th><th>Invited</th></tr></thead>\n<tbody>\n";
    for (const CircleRow& row : table.rows) {
      out += row.poses_risk ? "<tr class=\"risk\">" : "<tr>";
      out += "<td>" + escape(row.person) + (row.poses_risk ? " <small>(poses risk)</small>" : "") +
             "</td>";
      out += "<td>" + escape(row.link) + "</td>";
      yes_no(out, row.lives_with_child, "yes", "no");
      out += row.assessed ? "<td class=\"yes\">" : "<td class=\"no\">";
      out += escape(row.assessment) + "</td>";
      yes_no(out, row.named_in_plan, "named", "not named");
      yes_no(out, row.invited, "invited", "not invited");
      out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n";
}

/// <span class="label high">High</span> <span class="rule">RULE</span>: text
void item(std::string& out, const report::ReportItem& item) {
  const std::string level(spelling(item.severity));
  out += "<li><span class=\"label " + level + "\">" + severity_word(item.severity) +
         "</span> <span class=\"rule\">" + escape(item.rule) + "</span>: " + escape(item.text) +
         "</li>\n";
}

void block(std::string& out, const report::ReportBlock& b) {
  const std::string level(spelling(b.severity));
  out += "<article class=\"finding " + level + "\">\n";
  out += "<h3>" + escape(b.heading) + " <span class=\"label " + level + "\">" +
         severity_word(b.severity) + "</span></h3>\n";
  if (!b.links.empty()) out += "<p class=\"links\">" + escape(b.links) + ".</p>\n";
  if (!b.risk.empty())
    out += "<p class=\"risk\"><strong>Risk:</strong> " + escape(b.risk) + ".</p>\n";
  auto list = [&](const char* label, const std::vector<report::ReportItem>& items) {
    if (items.empty()) return;
    out += std::string("<h4>") + label + "</h4>\n<ul>\n";
    for (const report::ReportItem& i : items) item(out, i);
    out += "</ul>\n";
  };
  list("Can reach", b.reach);
  list("Recorded", b.items);
  if (!b.actions.empty()) {
    out += "<h4>To do</h4>\n<ul class=\"actions\">\n";
    for (const report::ReportAction& action : b.actions)
      out += "<li>" + escape(action.text) + " <span class=\"rule\">[" +
             escape(report::rule_list(action.rules)) + "]</span></li>\n";
    out += "</ul>\n";
  }
  out += "</article>\n";
}

void findings(std::string& out, const ConferencePage& page) {
  out +=
      "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">What is missing, by "
      "person</h2>\n";
  if (page.findings.empty())
    out += "<p class=\"none\">No findings: the checks found nothing missing.</p>\n";
  else
    out += "<p class=\"summary\">" + escape(report::summary_counts(page.layout)) +
           ". Each person once, most severe first; then what concerns a child alone.</p>\n";
  for (const report::ReportBlock& b : page.layout.people) block(out, b);
  for (const report::ReportBlock& b : page.layout.children) block(out, b);
  if (!page.layout.reviewed.empty()) {
    out += "<h3>Reviewed</h3>\n<ul>\n";
    for (const report::ReportItem& i : page.layout.reviewed) item(out, i);
    out += "</ul>\n";
  }
  out += "</section>\n";
  if (page.layout.lessons.empty()) return;
  out +=
      "<section aria-labelledby=\"why\">\n<h2 id=\"why\">Why it matters</h2>\n<dl "
      "class=\"lessons\">\n";
  for (const report::ReportLesson& lesson : page.layout.lessons)
    out += "<dt>" + escape(lesson.rule) + "</dt><dd>" + escape(lesson.why) + "</dd>\n";
  out += "</dl>\n</section>\n";
}

void chronology(std::string& out, const ConferencePage& page) {
  out += "<section aria-labelledby=\"chronology\">\n<h2 id=\"chronology\">Chronology</h2>\n";
  if (page.chronology.empty()) {
    out += "<p class=\"none\">No events are recorded.</p>\n</section>\n";
    return;
  }
  out +=
      "<table class=\"chronology\">\n<thead><tr><th>Date</th><th>What "
      "happened</th><th>Who</th><th>Source</th>"
      "<th>Note</th></tr></thead>\n<tbody>\n";
  for (const ChronologyEntry& e : page.chronology) {
    out += "<tr class=\"event-" + escape(e.type) + "\"><td class=\"date\">" + escape(e.date) +
           "</td><td class=\"type\">" + escape(event_label(e.type)) + "</td><td>" +
           escape(e.people) + "</td><td>" + escape(e.source) + "</td><td>" + escape(e.note) +
           "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string render_conference_page(const ConferencePage& page) {
  std::string out;
  out.reserve(64 * 1024 + page.genogram_svg.size());
  const std::string title = page.title.empty() ? "Case " + page.case_id : page.title;
  out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"kinmap\">\n";
  out += "<title>" + escape(title + " \xE2\x80\x94 " + page.case_id) + "</title>\n<style>";
  out += kStyle;
  // The marking in the printed page's own margins, on every page.
  const std::string marking = html::escape_css_string(page.marking);
  out += "@page { size: A4; margin: 16mm 12mm 16mm 12mm;\n";
  if (!page.marking.empty()) {
    out += "  @top-center { content: \"" + marking +
           "\"; font: bold 9pt sans-serif; letter-spacing: 0.08em; }\n";
    out += "  @bottom-center { content: \"" + marking +
           "\"; font: bold 9pt sans-serif; letter-spacing: 0.08em; }\n";
  }
  out +=
      "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: 8pt "
      "sans-serif; }\n}\n";
  out += "@page genogram { size: A4 landscape; }\n";
  out += "</style>\n</head>\n<body>\n";
  header(out, page);
  out += "<main>\n";
  genogram(out, page);
  circles(out, page);
  findings(out, page);
  chronology(out, page);
  out += "</main>\n";
  if (!page.marking.empty())
    out += "<footer class=\"marking bottom\">" + escape(page.marking) + "</footer>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace kinmap
