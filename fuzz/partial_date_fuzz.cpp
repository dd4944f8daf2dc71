// Fuzzes the hand-written date parser: any text either parses to a date that
// prints back the same and spans a sane range, or is rejected with a reason.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "partial_date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string why;
  const auto date = kinmap::PartialDate::parse(text, &why);
  if (!date) {
    if (why.empty()) std::abort();
    return 0;
  }
  if (date->to_string() != text) std::abort();
  if (date->first_day() > date->last_day()) std::abort();
  if (date->last_day() - date->first_day() > 365) std::abort();
  return 0;
}
