// Writes a synthetic caseload of many fictional case files with known truth,
// for measuring the caseload's linkage (precision, recall) and speed:
//
//   build/bench/linkage_caseload OUT_DIR RECORDS [SEED]
//   kinmap caseload index OUT_DIR/cases --db /tmp/c.db
//   python3 bench/linkage_accuracy.py --db /tmp/c.db --truth OUT_DIR/truth.tsv
//
// Families of realistic shapes (a mother, a father or partner, one to three
// children, sometimes a grandmother) in about 6.7 records per file. Adults
// come back in later cases with variation: nicknames, typos, spelling and
// transliteration variants, a surname changed on marriage, a partial or
// missing date of birth, day and month swapped, a year off by one, an NHS
// number sometimes recorded. Hard non-matches: twins, a father and son of
// one name, common names with different dates of birth. Names follow a
// UK-like frequency (a Zipf law over common names, then a long tail).
// truth.tsv gives each record's true identity.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> kSurnames = {
    "Smith",     "Jones",     "Williams", "Taylor",  "Brown",    "Davies",     "Evans",
    "Wilson",    "Thomas",    "Johnson",  "Roberts", "Robinson", "Thompson",   "Wright",
    "Walker",    "White",     "Edwards",  "Hughes",  "Green",    "Hall",       "Lewis",
    "Harris",    "Clarke",    "Patel",    "Jackson", "Wood",     "Turner",     "Martin",
    "Cooper",    "Hill",      "Ward",     "Morris",  "Moore",    "Clark",      "Lee",
    "King",      "Baker",     "Harrison", "Morgan",  "Allen",    "James",      "Scott",
    "Phillips",  "Watson",    "Davis",    "Parker",  "Price",    "Bennett",    "Young",
    "Griffiths", "Mitchell",  "Kelly",    "Cook",    "Carter",   "Richardson", "Bailey",
    "Collins",   "Bell",      "Shaw",     "Murphy",  "Miller",   "Cox",        "Richards",
    "Khan",      "Marshall",  "Anderson", "Simpson", "Ellis",    "Adams",      "Singh",
    "Begum",     "Wilkinson", "Foster",   "Chapman", "Powell",   "Webb",       "Rogers",
    "Gray",      "Mason",     "Ali",      "Hunt",    "Hussain",  "Campbell",   "Matthews",
    "Owen",      "Palmer",    "Holmes",   "Mills",   "Barnes",   "Knight",     "Lloyd",
    "Butler",    "Russell",   "Barker",   "Fisher",  "Stevens",  "Jenkins",    "Murray",
    "Dixon",     "Harvey"};
const std::vector<std::string> kMen = {
    "Oliver",      "George",   "Harry",     "Jack",   "Jacob",     "Noah",   "Charlie", "Muhammad",
    "Thomas",      "Oscar",    "William",   "James",  "Henry",     "Leo",    "Alfie",   "Joshua",
    "Freddie",     "Archie",   "Ethan",     "Isaac",  "Alexander", "Joseph", "Edward",  "Samuel",
    "Max",         "Daniel",   "Arthur",    "Lucas",  "Mohammed",  "Logan",  "Theo",    "Harrison",
    "Benjamin",    "Mason",    "Sebastian", "Finley", "Adam",      "Dylan",  "Zachary", "Riley",
    "Teddy",       "Theodore", "David",     "Elijah", "Jake",      "Toby",   "Louie",   "Reuben",
    "Arlo",        "Hugo",     "Jaxon",     "Luca",   "Matthew",   "Harvey", "Reggie",  "Michael",
    "Tommy",       "Jenson",   "Ryan",      "Liam",   "Nathan",    "Kyle",   "Craig",   "Dean",
    "Lee",         "Wayne",    "Jordan",    "Jayden", "Callum",    "Aiden",  "Robert",  "Richard",
    "Christopher", "Anthony",  "Stephen",   "Paul",   "Mark",      "Andrew", "Peter",   "John"};
const std::vector<std::string> kWomen = {
    "Olivia",    "Amelia",    "Isla",     "Ava",     "Emily",     "Sophia",   "Grace",
    "Mia",       "Poppy",     "Ella",     "Lily",    "Evie",      "Isabella", "Sophie",
    "Ivy",       "Freya",     "Harper",   "Willow",  "Charlotte", "Jessica",  "Rosie",
    "Daisy",     "Alice",     "Florence", "Elsie",   "Phoebe",    "Sienna",   "Matilda",
    "Evelyn",    "Ruby",      "Millie",   "Chloe",   "Erin",      "Layla",    "Scarlett",
    "Zara",      "Hannah",    "Leah",     "Bethany", "Gemma",     "Kayleigh", "Leanne",
    "Kerry",     "Stacey",    "Danielle", "Laura",   "Rebecca",   "Samantha", "Victoria",
    "Nicola",    "Amy",       "Sarah",    "Emma",    "Rachel",    "Lisa",     "Michelle",
    "Donna",     "Joanne",    "Claire",   "Natalie", "Fatima",    "Aisha",    "Maria",
    "Elizabeth", "Katherine", "Jennifer", "Abigail", "Amanda",    "Zoe",      "Jacqueline"};
// Variants a record may carry instead of the name: nicknames, spellings.
const std::vector<std::pair<std::string, std::string>> kVariants = {
    {"William", "Bill"},      {"William", "Will"},     {"Robert", "Bob"},
    {"Robert", "Rob"},        {"Richard", "Rich"},     {"James", "Jim"},
    {"James", "Jamie"},       {"Michael", "Mike"},     {"Michael", "Mick"},
    {"Christopher", "Chris"}, {"Anthony", "Tony"},     {"Edward", "Ed"},
    {"Edward", "Eddie"},      {"Thomas", "Tom"},       {"Thomas", "Tommy"},
    {"Joseph", "Joe"},        {"Daniel", "Danny"},     {"Daniel", "Dan"},
    {"David", "Dave"},        {"Stephen", "Steve"},    {"Matthew", "Matt"},
    {"Andrew", "Andy"},       {"Alexander", "Alex"},   {"Benjamin", "Ben"},
    {"Samuel", "Sam"},        {"Peter", "Pete"},       {"Harry", "Henry"},
    {"Muhammad", "Mohammed"}, {"Muhammad", "Mohamed"}, {"Mohammed", "Muhammad"},
    {"Mohammed", "Mohammad"}, {"Callum", "Calum"},     {"Aiden", "Aidan"},
    {"Jake", "Jacob"},        {"Zachary", "Zach"},     {"Elizabeth", "Liz"},
    {"Elizabeth", "Beth"},    {"Katherine", "Kate"},   {"Katherine", "Katie"},
    {"Jennifer", "Jenny"},    {"Rebecca", "Becky"},    {"Victoria", "Vicky"},
    {"Samantha", "Sam"},      {"Jessica", "Jess"},     {"Nicola", "Nicky"},
    {"Abigail", "Abby"},      {"Amanda", "Mandy"},     {"Jacqueline", "Jackie"},
    {"Gemma", "Jemma"},       {"Kayleigh", "Kayley"},  {"Zoe", "Zoey"},
    {"Fatima", "Fatimah"},    {"Aisha", "Ayesha"},     {"Joshua", "Josh"},
    {"Nathan", "Nate"},       {"Theodore", "Theo"},    {"Frederick", "Fred"}};

struct Identity {
  std::string forename, surname;
  bool male;
  int year, month, day;
  std::string nhs;
};

class Generator {
 public:
  explicit Generator(unsigned seed) : random_(seed) {}

  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random_); }
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(random_) < p; }

  /// A Zipf-like pick: common entries far more often than rare ones.
  const std::string& zipf(const std::vector<std::string>& list) {
    const double u = std::uniform_real_distribution<double>(0, 1)(random_);
    const auto i = static_cast<std::size_t>(std::pow(static_cast<double>(list.size()), u)) - 1;
    return list[std::min(i, list.size() - 1)];
  }

  std::string surname() {
    if (chance(0.55)) return zipf(kSurnames);
    // The long tail: rarer surnames made of syllables, as most of the UK's are.
    static const char* first[] = {"Ash",  "Brad", "Carr",  "Dun",  "Fair", "Gold", "Hart",  "Kirk",
                                  "Lang", "Mor",  "North", "Pen",  "Rad",  "Stan", "Thorn", "Wick",
                                  "Ald",  "Bex",  "Cress", "Dray", "Elm",  "Fen",  "Grim",  "Holt"};
    static const char* second[] = {"ley",  "ford", "wood", "ton",   "field", "by",    "well",
                                   "ham",  "shaw", "er",   "ridge", "combe", "worth", "stone",
                                   "land", "more", "den",  "hurst", "wick",  "cott"};
    std::string s = first[uniform(0, 23)];
    s += second[uniform(0, 19)];
    if (chance(0.5)) s += std::string(1, "aeiou"[uniform(0, 4)]) + (chance(0.5) ? "n" : "s");
    return s;
  }

  std::string nhs() {
    std::string n;
    for (int i = 0; i < 10; ++i) n.push_back(static_cast<char>('0' + uniform(0, 9)));
    return n;
  }

  Identity adult(bool male, int year_from, int year_to) {
    Identity id{male ? zipf(kMen) : zipf(kWomen),
                surname(),
                male,
                uniform(year_from, year_to),
                uniform(1, 12),
                uniform(1, 28),
                nhs()};
    return id;
  }

  std::string typo(std::string s) {
    if (s.size() < 4) return s;
    const std::size_t i = static_cast<std::size_t>(uniform(1, static_cast<int>(s.size()) - 2));
    switch (uniform(0, 2)) {
      case 0:
        std::swap(s[i], s[i + 1]);
        break;
      case 1:
        s.erase(i, 1);
        break;
      default:
        s[i] = "aeioulnrst"[uniform(0, 9)];
    }
    return s;
  }

  std::mt19937 random_;
};

std::string json_escape(const std::string& s) {
  return s;  // generated names are plain letters
}

std::string date(int y, int m, int d) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
  return text;
}

struct Record {
  std::string id, name, sex, born, nhs;
  long identity;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: linkage_caseload OUT_DIR RECORDS [SEED]\n";
    return 2;
  }
  namespace fs = std::filesystem;
  const fs::path out = argv[1];
  const long wanted = std::atol(argv[2]);
  Generator g(argc > 3 ? static_cast<unsigned>(std::atol(argv[3])) : 17u);
  fs::create_directories(out / "cases");
  std::ofstream truth(out / "truth.tsv");
  truth << "case\tperson\tidentity\n";

  std::vector<Identity> identities;
  std::vector<long> men, women;  // adults who may come back
  auto add_identity = [&](Identity id) {
    identities.push_back(std::move(id));
    return static_cast<long>(identities.size() - 1);
  };
  long records = 0, files = 0;
  while (records < wanted) {
    const std::string case_id = "G-" + std::to_string(files);
    std::vector<Record> people;
    auto appear = [&](long who, const std::string& pid, bool adult) {
      const Identity& id = identities[static_cast<std::size_t>(who)];
      Record r;
      r.id = pid;
      r.identity = who;
      r.sex = id.male ? "male" : "female";
      std::string forename = id.forename, surname = id.surname;
      int y = id.year, m = id.month, d = id.day;
      bool partial = false, missing = false;
      if (adult) {  // variation of a record made by another team
        if (g.chance(0.15)) {
          std::vector<std::string> options;
          for (const auto& [name, variant] : kVariants)
            if (name == forename) options.push_back(variant);
          if (!options.empty())
            forename = options[static_cast<std::size_t>(
                g.uniform(0, static_cast<int>(options.size()) - 1))];
        }
        if (g.chance(0.05)) forename = g.typo(forename);
        if (g.chance(0.05)) surname = g.typo(surname);
        if (!id.male && g.chance(0.08)) surname = g.surname();  // married
        const double dob = std::uniform_real_distribution<double>(0, 1)(g.random_);
        if (dob < 0.08)
          missing = true;
        else if (dob < 0.16)
          partial = true;
        else if (dob < 0.20 && d <= 12)
          std::swap(m, d);
        else if (dob < 0.23)
          y += g.chance(0.5) ? 1 : -1;
        if (g.chance(0.4)) r.nhs = id.nhs;
      } else if (g.chance(0.6)) {
        r.nhs = id.nhs;
      }
      r.name = forename + " " + surname;
      if (!missing) r.born = partial ? date(y, m, d).substr(0, 7) : date(y, m, d);
      truth << case_id << '\t' << pid << '\t' << who << '\n';
      people.push_back(std::move(r));
    };
    // The adults: someone from an earlier case, or someone new.
    auto pick_adult = [&](bool male, std::vector<long>& pool, int from, int to) {
      if (!pool.empty() && g.chance(male ? 0.30 : 0.15))
        return pool[static_cast<std::size_t>(g.uniform(0, static_cast<int>(pool.size()) - 1))];
      const long who = add_identity(g.adult(male, from, to));
      pool.push_back(who);
      return who;
    };
    const long mother = pick_adult(false, women, 1975, 2004);
    appear(mother, "m1", true);
    std::string rel;
    const bool father_here = g.chance(0.8);
    long father = -1;
    if (father_here) {
      father = pick_adult(true, men, 1970, 2002);
      appear(father, "f1", true);
    }
    const Identity mum = identities[static_cast<std::size_t>(mother)];
    int youngest_parent = mum.year + 1;  // a varied record may be a year later
    if (father >= 0)
      youngest_parent =
          std::max(youngest_parent, identities[static_cast<std::size_t>(father)].year + 1);
    const int children = g.uniform(1, 4);
    const bool twins = g.chance(0.03);
    int child_year = std::min(2025, youngest_parent + g.uniform(18, 24));
    for (int c = 0; c < children + (twins ? 1 : 0); ++c) {
      Identity kid;
      kid.male = g.chance(0.5);
      kid.forename = kid.male ? g.zipf(kMen) : g.zipf(kWomen);
      kid.surname = father >= 0 && g.chance(0.6)
                        ? identities[static_cast<std::size_t>(father)].surname
                        : mum.surname;
      if (twins && c == children) {  // a twin of the previous child: one date, another name
        const Identity& other = identities.back();
        kid = other;
        while (kid.forename == other.forename)
          kid.forename = kid.male ? g.zipf(kMen) : g.zipf(kWomen);
        kid.nhs = g.nhs();
      } else {
        kid.year = std::min(2025, child_year);
        kid.month = g.uniform(1, 12);
        kid.day = g.uniform(1, 28);
        kid.nhs = g.nhs();
        child_year += g.uniform(1, 4);
      }
      if (kid.year > 2025) kid.year = 2025;
      const long who = add_identity(kid);
      appear(who, "c" + std::to_string(c + 1), false);
      rel += std::string(rel.empty() ? "" : ",") +
             R"({"type": "parent", "parent": "m1", "child": "c)" + std::to_string(c + 1) + "\"}";
      if (father >= 0)
        rel += R"(,{"type": "parent", "parent": "f1", "child": "c)" + std::to_string(c + 1) + "\"}";
    }
    if (g.chance(0.45)) {  // a grandmother
      const long gran = add_identity(g.adult(false, 1945, mum.year - 18));
      appear(gran, "g1", true);
      rel += R"(,{"type": "parent", "parent": "g1", "child": "m1"})";
    }
    if (g.chance(0.3)) {  // a grandfather
      const long grandad = add_identity(g.adult(true, 1940, mum.year - 18));
      appear(grandad, "g2", true);
      rel += R"(,{"type": "parent", "parent": "g2", "child": "m1"})";
    }
    if (g.chance(0.4)) {  // another man around the family: an uncle, a friend, a lodger
      const long other = pick_adult(true, men, 1965, 2006);
      if (other != father) appear(other, "u1", true);
    }
    if (father >= 0 && g.chance(0.03)) {  // his son of the same name, grown up, in this case too
      Identity son = identities[static_cast<std::size_t>(father)];
      son.year += g.uniform(19, 26);
      son.nhs = g.nhs();
      if (son.year <= 2006) {
        const long who = add_identity(son);
        men.push_back(who);
        appear(who, "s1", true);
        rel += R"(,{"type": "parent", "parent": "f1", "child": "s1"})";
      }
    }
    if (father >= 0 && g.chance(0.5))
      rel += R"(,{"type": "partner", "a": "m1", "b": "f1", "status": "current"})";

    const fs::path folder = out / "cases" / std::to_string(files / 1000);
    if (files % 1000 == 0) fs::create_directories(folder);
    std::ofstream file(folder / (case_id + ".json"));
    file << R"({"format": "kinmap-case/1", "case": {"id": ")" << case_id
         << R"(", "as_of": "2026-11-01"}, "people": [)";
    for (std::size_t i = 0; i < people.size(); ++i) {
      const Record& r = people[i];
      file << (i ? ",\n" : "\n") << R"({"id": ")" << r.id << R"(", "name": ")"
           << json_escape(r.name) << R"(", "sex": ")" << r.sex << '"';
      if (!r.born.empty()) file << R"(, "born": ")" << r.born << '"';
      if (!r.nhs.empty()) file << R"(, "ids": {"nhs": ")" << r.nhs << R"("})";
      file << '}';
    }
    file << "],\n\"relationships\": [" << rel << "]}\n";
    records += static_cast<long>(people.size());
    ++files;
  }
  std::cerr << "linkage_caseload: " << records << " records in " << files << " case files, "
            << identities.size() << " identities\n";
  return 0;
}
