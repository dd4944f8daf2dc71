// kinmap's one error model. Each kind maps to one exit code in main:
//   CaseFileError -> 1, UsageError -> 2, OutputError -> 4.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "diagnostics.h"

namespace kinmap {

class KinmapError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The case file (or risk model file) was rejected; carries every diagnostic.
class CaseFileError : public KinmapError {
 public:
  explicit CaseFileError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

/// The command line asked for something that cannot be done.
class UsageError : public KinmapError {
 public:
  using KinmapError::KinmapError;
};

/// An output file could not be written; names the file and the system's reason.
class OutputError : public KinmapError {
 public:
  OutputError(const std::string& file, const std::string& reason)
      : KinmapError(file + ": " + reason) {}
};

}  // namespace kinmap
