// Writes a generated caseload (caseload_generator.h) as a case file, for
// timing the command line on cases of a given size:
//
//   build/bench/caseload_json 5000 > /tmp/5000.json
//   kinmap render /tmp/5000.json -o /tmp/5000.svg
#include <cstdlib>
#include <iostream>

#include "caseload_generator.h"

int main(int argc, char** argv) {
  if (argc != 2 || std::atol(argv[1]) <= 0) {
    std::cerr << "usage: caseload_json PEOPLE\n";
    return 2;
  }
  std::cout << kinmap::generate_caseload(static_cast<std::size_t>(std::atol(argv[1])));
  return 0;
}
