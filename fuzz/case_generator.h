// Generated, fictional, VALID case files of many shapes, for probing the
// genogram layout (fuzz/layout_probe.cpp): the same seed always gives the
// same bytes. Unlike bench/caseload_generator (one family shape copied), each
// case is grown at random from families over up to four generations with the
// corners that break layouts: men with several partners across homes, people
// living in two homes, kinship care by a grandparent, step and social
// parents, teenage parents, a partnership across generations (an older
// brother with his sister's daughter), several abuse, contact and care
// records between the same two people, visitors and staying members,
// unborn children, unknown men and non-Latin names.
//
//   const std::string text = generate_valid_case(42);           // 1 to 300 people
//   const std::string small = generate_valid_case(42, 12);      // at most 12
//
// Every case loads without error (the probe asserts it).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kinmap {

/// A kinmap-case/1 document with 1 to `max_people` people, chosen by `seed`.
std::string generate_valid_case(std::uint64_t seed, std::size_t max_people = 300);

}  // namespace kinmap
