// kinmap caseload index|links|review: many case files in one index, the
// same person linked across them (src/caseload/).
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "analysis/cross_case.h"
#include "caseload/caseload_db.h"
#include "caseload/cross_case_facts.h"
#include "cli/cli.h"
#include "command.h"
#include "errors.h"

namespace kinmap {
namespace {

using caseload::Database;

struct CaseloadOptions {
  std::vector<std::string> folders;
  std::string db;
  std::string format = "text";
  bool explain = false;
  std::vector<std::string> confirm, reject;
};

std::string fixed(double x, int places = 1) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", places, x);
  return text;
}

void print_explain(std::ostream& out, const caseload::StoredLinks& links) {
  out << "Fellegi-Sunter parameters (m by EM over the candidate pairs, u from random pairs; "
         "an exact name's u is its share of the records):\n";
  out << "  estimated share of candidate pairs that match: " << fixed(links.match_share, 4) << "\n";
  for (const auto& f : links.parameters) {
    out << "  " << f.field << ":\n";
    for (std::size_t l = 0; l < f.levels.size(); ++l)
      out << "    " << f.levels[l] << ": m " << fixed(f.m[l], 4) << ", u " << fixed(f.u[l], 6)
          << ", weight " << fixed(std::log2(f.m[l] / f.u[l]), 2) << "\n";
  }
}

std::string member_text(const caseload::StoredMember& m) {
  return m.case_id + ":" + m.person_id;
}

void print_links_text(std::ostream& out, const caseload::StoredLinks& links) {
  out << links.clusters.size() << (links.clusters.size() == 1 ? " cluster" : " clusters")
      << " of the same person across cases:\n";
  for (const auto& c : links.clusters) {
    std::string who;
    for (const auto& m : c.members) who += (who.empty() ? "" : ", ") + member_text(m);
    out << "  " << who << " (weakest link " << fixed(c.weight) << ")\n";
  }
  out << links.possible.size() << " possible " << (links.possible.size() == 1 ? "match" : "matches")
      << " to review (kinmap caseload review)\n";
  for (const std::string& c : links.contradictions) out << "contradiction: " << c << "\n";
}

std::string links_json(const caseload::StoredLinks& links) {
  nlohmann::ordered_json out;
  out["format"] = "kinmap-links/1";
  auto member = [](const caseload::StoredMember& m) {
    return nlohmann::ordered_json{{"case", m.case_id}, {"person", m.person_id}};
  };
  out["clusters"] = nlohmann::ordered_json::array();
  for (const auto& c : links.clusters) {
    nlohmann::ordered_json members = nlohmann::ordered_json::array();
    for (const auto& m : c.members) members.push_back(member(m));
    out["clusters"].push_back({{"members", members}, {"weight", std::round(c.weight * 100) / 100}});
  }
  out["possible"] = nlohmann::ordered_json::array();
  for (const auto& p : links.possible) {
    nlohmann::ordered_json evidence = p.evidence_for;
    for (const auto& e : p.evidence_against) evidence.push_back("against: " + e);
    out["possible"].push_back({{"a", member(p.a)},
                               {"b", member(p.b)},
                               {"weight", std::round(p.weight * 100) / 100},
                               {"evidence", evidence}});
  }
  return out.dump(2) + "\n";
}

void print_link_summary(std::ostream& out, const caseload::LinkSummary& s) {
  out << "linked " << s.records << " records: " << s.candidate_pairs << " candidate pairs, "
      << s.linked_pairs << " linked, " << s.possible_pairs << " possible, " << s.clusters
      << (s.clusters == 1 ? " cluster" : " clusters");
  if (s.contradictions) out << ", " << s.contradictions << " contradictory clusters split";
  if (s.skipped_blocks)
    out << " (" << s.skipped_blocks << " blocking keys too common to compare within)";
  out << "\n";
}

}  // namespace

CrossCase caseload_facts(const std::string& path, const Case& c) {
  auto db = caseload::open_caseload(path, Database::Mode::read_only);
  return caseload::cross_case_facts(*db, c);
}

void rekey_after_redaction(CrossCase& facts, const Case& before, const Case& after) {
  std::map<std::string, CrossCasePerson> rekeyed;
  for (std::size_t i = 0; i < before.people.size() && i < after.people.size(); ++i)
    if (auto it = facts.by_person.find(before.people[i].id); it != facts.by_person.end())
      rekeyed.emplace(after.people[i].id, std::move(it->second));
  facts.by_person = std::move(rekeyed);
}

CommandAction declare_caseload(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<CaseloadOptions>();
  app.require_subcommand(1);
  CLI::App* index = app.add_subcommand(
      "index", "Read every case file under the folders into the index and link the people");
  index->add_option("FOLDER", options->folders, "folders of case files (read recursively)")
      ->required();
  index->add_option("--db", options->db, "the caseload database (made if missing)")->required();
  index->add_flag("--explain", options->explain, "print the estimated m and u parameters");
  index->footer(
      "Only new or changed files (by content) are read again; the people of removed files leave\n"
      "the index. A file that fails 'kinmap check' is reported and left out (exit code 1).\n"
      "Case files are only read, never written.");

  CLI::App* links = app.add_subcommand("links", "Print the clusters and possible matches");
  links->add_option("--db", options->db, "the caseload database")->required();
  links->add_option("--format", options->format, "text (default) or json (kinmap-links/1)")
      ->transform(CLI::IsMember({"text", "json"}, CLI::ignore_case));
  links->add_flag("--explain", options->explain, "print the estimated m and u parameters");

  CLI::App* review = app.add_subcommand(
      "review", "List possible matches with the evidence, or record a decision about one");
  review->add_option("--db", options->db, "the caseload database")->required();
  review
      ->add_option("--confirm", options->confirm,
                   "CASEID:PERSONID CASEID:PERSONID: the same person")
      ->expected(2);
  review
      ->add_option("--reject", options->reject,
                   "CASEID:PERSONID CASEID:PERSONID: not the same person")
      ->expected(2);
  review->footer(
      "A decision is kept in the database and respected by every later run: a rejected pair is\n"
      "never linked again, a confirmed one always is.");

  return [options, &context, index, links, review]() {
    if (index->parsed()) {
      auto db = caseload::open_caseload(options->db, Database::Mode::create);
      const bool terminal = &context.err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
      caseload::Progress progress;
      if (terminal)
        progress = [&](std::size_t done, std::size_t total) {
          context.err << "\rreading case files: " << done << " of " << total << std::flush;
        };
      const auto summary =
          caseload::index_folders(*db, options->folders, RiskModel::builtin(), progress);
      if (terminal) context.err << "\r\033[K";
      for (const auto& f : summary.failed)
        context.err << f.error << "\n" << f.file << ": skipped; nothing of it was indexed\n";
      context.out << "indexed " << summary.files << " case files (" << summary.read
                  << " new or changed, " << summary.removed << " removed, " << summary.failed.size()
                  << " failed): " << summary.people << " people\n";
      print_link_summary(context.out, caseload::relink(*db, caseload::LinkSettings{}));
      if (options->explain) print_explain(context.out, caseload::stored_links(*db));
      return summary.failed.empty() ? static_cast<int>(kExitOk)
                                    : static_cast<int>(kExitInvalidCase);
    }
    if (links->parsed()) {
      auto db = caseload::open_caseload(options->db, Database::Mode::read_only);
      const auto stored = caseload::stored_links(*db);
      if (options->format == "json") {
        context.out << links_json(stored);
      } else {
        print_links_text(context.out, stored);
        if (options->explain) print_explain(context.out, stored);
      }
      return static_cast<int>(kExitOk);
    }
    if (review->parsed()) {
      if (!options->confirm.empty() || !options->reject.empty()) {
        if (!options->confirm.empty() && !options->reject.empty())
          throw UsageError("give --confirm or --reject, not both");
        auto db = caseload::open_caseload(options->db, Database::Mode::read_write);
        const bool confirmed = !options->confirm.empty();
        const auto& pair = confirmed ? options->confirm : options->reject;
        caseload::record_decision(*db, pair[0], pair[1], confirmed);
        context.out << (confirmed ? "confirmed: " : "rejected: ") << pair[0] << " and " << pair[1]
                    << (confirmed ? " are the same person" : " are not the same person") << "\n";
        print_link_summary(context.out, caseload::relink(*db, caseload::LinkSettings{}));
        return static_cast<int>(kExitOk);
      }
      auto db = caseload::open_caseload(options->db, Database::Mode::read_only);
      const auto stored = caseload::stored_links(*db);
      if (stored.possible.empty()) context.out << "no possible matches to review\n";
      for (const auto& p : stored.possible) {
        context.out << member_text(p.a) << " and " << member_text(p.b)
                    << ": possible match, weight " << fixed(p.weight) << "\n";
        for (const auto& e : p.evidence_for) context.out << "  for: " << e << "\n";
        for (const auto& e : p.evidence_against) context.out << "  against: " << e << "\n";
        context.out << "  decide: kinmap caseload review --db " << options->db
                    << " --confirm|--reject " << member_text(p.a) << " " << member_text(p.b)
                    << "\n";
      }
      for (const std::string& c : stored.contradictions)
        context.out << "contradiction: " << c << "\n";
      return static_cast<int>(kExitOk);
    }
    return static_cast<int>(kExitUsage);
  };
}

}  // namespace kinmap
