// kinmap --version: the project's version and the commit it was built from,
// both taken when CMake configured the build (src/cli/version.cpp.in).
#pragma once

#include <string>

namespace kinmap {

/// "kinmap 0.1.0 (commit 0123abcd4567)"; "(not built from a git checkout)"
/// when the source had no git history.
std::string kinmap_version_text();

}  // namespace kinmap
