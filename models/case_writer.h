// Writes a Case back as canonical case-file JSON: keys in the order the
// design lists them, defaults left out, two-space indent. Loading the output
// gives the same Case (tests/case_writer_test.cpp holds it to that).
#pragma once

#include <string>

#include "case.h"

namespace kinmap {

std::string write_case(const Case& c);

}  // namespace kinmap
