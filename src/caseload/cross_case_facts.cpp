#include "caseload/cross_case_facts.h"

#include <nlohmann/json.hpp>

#include "caseload/person_record.h"

namespace kinmap::caseload {

CrossCase cross_case_facts(Database& db, const Case& c) {
  {
    Statement indexed(db, "SELECT 1 FROM files WHERE case_id = ?");
    indexed.bind(1, c.info.id);
    if (!indexed.step())
      throw UsageError("case " + c.info.id + " is not in the caseload " + db.path() +
                       "; index its folder first (kinmap caseload index FOLDER --db " + db.path() +
                       ")");
  }
  Statement cluster_of(db, "SELECT cluster FROM clusters WHERE record = ?");
  auto key_of = [&](const std::string& key) {
    cluster_of.bind(1, key);
    std::string out = cluster_of.step() ? "cluster:" + std::to_string(cluster_of.integer(0)) : key;
    cluster_of.reset();
    return out;
  };
  Statement facts_of(db, "SELECT facts FROM people WHERE case_id = ? AND person = ?");
  auto facts = [&](const std::string& key) {
    const auto colon = key.find(':');
    facts_of.bind(1, std::string_view(key).substr(0, colon))
        .bind(2, std::string_view(key).substr(colon + 1));
    RoleFacts f = facts_of.step() ? RoleFacts::from_json(facts_of.text(0)) : RoleFacts{};
    facts_of.reset();
    return f;
  };
  Statement others(db,
                   "SELECT o.record FROM clusters s JOIN clusters o ON o.cluster = s.cluster "
                   "WHERE s.record = ?1 AND o.record <> ?1 ORDER BY o.record");
  Statement possible(db,
                     "SELECT CASE WHEN p.a = ?1 THEN p.b ELSE p.a END, p.weight, p.evidence "
                     "FROM pairs p WHERE p.outcome = 'possible' AND (p.a = ?1 OR p.b = ?1) AND "
                     "NOT EXISTS (SELECT 1 FROM decisions d WHERE d.a = p.a AND d.b = p.b) "
                     "ORDER BY p.weight DESC, 1");
  Statement people(db, "SELECT person FROM people WHERE case_id = ? ORDER BY person");
  people.bind(1, c.info.id);
  CrossCase out;
  while (people.step()) {
    const std::string person = people.text(0);
    const std::string me = record_key(c.info.id, person);
    CrossCasePerson& known = out.by_person[person];
    known.key = key_of(me);
    others.bind(1, me);
    while (others.step()) {
      const std::string other = others.text(0);
      const std::string other_case = other.substr(0, other.find(':'));
      if (other_case == c.info.id) continue;
      const RoleFacts f = facts(other);
      OtherCaseRecord rec;
      rec.case_id = other_case;
      rec.role = f.role;
      rec.children_ages = f.children_ages;
      rec.risk_factors = f.risk_factors;
      rec.abuse_from = f.abuse_from;
      rec.dash_perpetrator = f.dash_perpetrator;
      for (const std::string& victim : f.abused)
        rec.abused.push_back(key_of(record_key(other_case, victim)));
      known.linked.push_back(std::move(rec));
    }
    others.reset();
    possible.bind(1, me);
    while (possible.step()) {
      const std::string other = possible.text(0);
      PossibleMatchRecord m;
      m.case_id = other.substr(0, other.find(':'));
      m.role = facts(other).role;
      m.weight = possible.real(1);
      const auto evidence = nlohmann::json::parse(possible.text(2), nullptr, false);
      if (evidence.is_object())
        for (const char* side : {"for", "against"})
          for (const auto& e : evidence.value(side, nlohmann::json::array()))
            m.evidence.push_back(e.get<std::string>());
      known.possible.push_back(std::move(m));
    }
    possible.reset();
  }
  return out;
}

}  // namespace kinmap::caseload
