#include "import/import_report.h"

namespace kinmap {

std::string ImportReport::summary(const std::string& source) const {
  auto count = [](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  std::string out = source + ": read " + format + ": " + count(people, "person", "people") + ", " +
                    count(relationships, "relationship", "relationships") + ", " +
                    count(households, "household", "households") + "\n";
  if (!approximate_dates.empty())
    out += source + ": " + count(approximate_dates.size(), "date was", "dates were") +
           " approximate, a range or a bound, written as the nearest partial date\n";
  for (const std::string& note : notes) out += source + ": " + note + "\n";
  if (not_carried.empty()) {
    out += source + ": everything read was carried over\n";
  } else {
    out += source + ": not carried over:";
    bool first = true;
    for (const auto& [kind, n] : not_carried) {
      out += (first ? " " : ", ") + kind + " (" + std::to_string(n) + ")";
      first = false;
    }
    out += "\n";
  }
  return out;
}

}  // namespace kinmap
