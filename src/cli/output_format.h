// What an output file's name says about its format, so that every command
// writes what the name promises (`-o findings.json` is JSON) and refuses a
// --format that contradicts it rather than writing HTML into a .pdf.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kinmap {

/// The extension of `path`, lower-cased and without the dot; empty for "-"
/// and for a name without one.
std::string output_extension(const std::string& path);

/// One kind of file a command writes: its --format name and the extensions
/// that mean it.
struct OutputKind {
  std::string format;
  std::vector<std::string> extensions;
};

/// The format `command` writes to `output`: the kind whose extension the
/// name has; otherwise `explicit_format`, else `fallback`. Throws UsageError
/// when the name ends in an extension of another kind (or of a file another
/// kinmap command writes), or when `explicit_format` disagrees with the name.
std::string output_format_for(const std::string& command, const std::string& output,
                              const std::string& explicit_format,
                              const std::vector<OutputKind>& kinds, const std::string& fallback);

}  // namespace kinmap
