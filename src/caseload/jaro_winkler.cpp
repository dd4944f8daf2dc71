#include "caseload/jaro_winkler.h"

#include <algorithm>
#include <array>
#include <vector>

namespace kinmap::caseload {

double jaro(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  if (a == b) return 1.0;
  const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
  // Names are short: flags on the stack for the usual case.
  std::array<bool, 64> small_a{}, small_b{};
  std::vector<bool> big_a, big_b;
  const bool small = a.size() <= 64 && b.size() <= 64;
  if (!small) {
    big_a.assign(a.size(), false);
    big_b.assign(b.size(), false);
  }
  auto flag_a = [&](std::size_t i) -> bool { return small ? small_a[i] : big_a[i]; };
  auto flag_b = [&](std::size_t i) -> bool { return small ? small_b[i] : big_b[i]; };
  auto set_a = [&](std::size_t i) { small ? void(small_a[i] = true) : void(big_a[i] = true); };
  auto set_b = [&](std::size_t i) { small ? void(small_b[i] = true) : void(big_b[i] = true); };

  std::size_t matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const std::size_t lo = i > window ? i - window : 0;
    const std::size_t hi = std::min(b.size(), i + window + 1);
    for (std::size_t j = lo; j < hi; ++j) {
      if (flag_b(j) || a[i] != b[j]) continue;
      set_a(i);
      set_b(j);
      ++matches;
      break;
    }
  }
  if (matches == 0) return 0.0;
  std::size_t transpositions = 0;
  for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!flag_a(i)) continue;
    while (!flag_b(j)) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  const double m = static_cast<double>(matches);
  return (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
          (m - static_cast<double>(transpositions) / 2.0) / m) /
         3.0;
}

double jaro_winkler(std::string_view a, std::string_view b) {
  const double j = jaro(a, b);
  std::size_t prefix = 0;
  while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  return j + static_cast<double>(prefix) * 0.1 * (1.0 - j);
}

}  // namespace kinmap::caseload
