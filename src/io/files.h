// Reading inputs and writing outputs safely.
//
// Outputs are written to a temporary file beside the target, flushed, and
// renamed into place, so a failed run never leaves a half-written file and
// never touches an existing output. "-" means standard input or output.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace kinmap {

/// The whole of `path` ("-": all of `standard_input`). Throws UsageError when
/// the file cannot be opened, naming the file and the system's reason.
std::string read_input(const std::string& path, std::istream& standard_input);

/// Writes `content` to `path` atomically ("-": to `standard_output`).
/// Throws OutputError naming the file and the reason; nothing is left behind.
void write_output_atomically(const std::string& path, std::string_view content,
                             std::ostream& standard_output);

}  // namespace kinmap
