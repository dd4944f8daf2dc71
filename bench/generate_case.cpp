// Writes a generated, fictional case file to standard output, for the
// scaling script and for trying kinmap on a large case by hand.
//
//   build/bench/generate_case 200000 mixed --every-child > /tmp/big.json
//
// SHAPE: separated (default), blended, extended or mixed (see
// caseload_generator.h); --every-child makes every child a focus child.
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include "caseload_generator.h"

int main(int argc, char** argv) {
  using kinmap::FamilyShape;
  kinmap::CaseloadOptions options;
  std::size_t people = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--every-child")
      options.every_child_in_focus = true;
    else if (arg == "separated")
      options.shape = FamilyShape::separated;
    else if (arg == "blended")
      options.shape = FamilyShape::blended;
    else if (arg == "extended")
      options.shape = FamilyShape::extended;
    else if (arg == "mixed")
      options.shape = FamilyShape::mixed;
    else if (people == 0 && !arg.empty() && arg.find_first_not_of("0123456789") == arg.npos)
      people = std::strtoull(argv[i], nullptr, 10);
    else {
      std::cerr
          << "usage: generate_case PEOPLE [separated|blended|extended|mixed] [--every-child]\n";
      return 2;
    }
  }
  if (people == 0) {
    std::cerr << "usage: generate_case PEOPLE [separated|blended|extended|mixed] [--every-child]\n";
    return 2;
  }
  std::cout << kinmap::generate_caseload(people, options) << '\n';
  return std::cout ? 0 : 1;
}
