#include "cli/output_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "errors.h"

namespace kinmap {
namespace {

/// Which command writes a file with this extension, for the hint when a
/// command is asked for a kind it does not write.
const char* command_writing(const std::string& extension) {
  if (extension == "html" || extension == "htm" || extension == "pdf")
    return "kinmap report -o FILE.html or FILE.pdf (the case-conference page), or kinmap render "
           "-o FILE.pdf (the genogram)";
  if (extension == "svg" || extension == "png" || extension == "dot")
    return "kinmap render -o FILE.svg, .png or .dot (the genogram)";
  if (extension == "ged" || extension == "gedcom") return "kinmap export -o FILE.ged";
  if (extension == "json") return "kinmap analyse -o FILE.json (findings) or kinmap import";
  if (extension == "md" || extension == "txt") return "kinmap analyse -o FILE.md or .txt";
  return nullptr;
}

std::string listed(const std::vector<OutputKind>& kinds) {
  std::string text;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    const std::string& e = kinds[i].extensions.front();
    text += (i == 0 ? "" : i + 1 == kinds.size() ? " or " : ", ") + std::string(".") + e;
  }
  return text;
}

}  // namespace

std::string output_extension(const std::string& path) {
  if (path == "-") return "";
  std::string extension = std::filesystem::path(path).extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return extension;
}

std::string output_format_for(const std::string& command, const std::string& output,
                              const std::string& explicit_format,
                              const std::vector<OutputKind>& kinds, const std::string& fallback) {
  const std::string extension = output_extension(output);
  const OutputKind* named = nullptr;
  for (const OutputKind& kind : kinds)
    if (std::find(kind.extensions.begin(), kind.extensions.end(), extension) !=
        kind.extensions.end())
      named = &kind;
  if (named) {
    if (!explicit_format.empty() && explicit_format != named->format)
      throw UsageError("--format " + explicit_format + " disagrees with -o " + output +
                       ", which names a " + named->format +
                       " file; drop --format or change the file name");
    return named->format;
  }
  if (!extension.empty()) {
    // Another command's file (findings.pdf, family.svg): say which one.
    if (const char* other = command_writing(extension))
      throw UsageError(output + ": kinmap " + command + " does not write ." + extension +
                       " files; it writes " + listed(kinds) + ". For ." + extension + " use " +
                       other);
  }
  return explicit_format.empty() ? fallback : explicit_format;
}

}  // namespace kinmap
