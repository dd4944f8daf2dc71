// The case file and its history of versions, as the editor keeps them
// (DESIGN.md, "Data in: the editor and imports": nothing is lost).
//
//   CaseStore store("family.json");           // history in family.json.history/
//   auto now = store.current();               // text and version of the file
//   if (store.save(text, now.version) == CaseStore::Outcome::conflict) ask();
//
// Every accepted text is written atomically to the case file (temporary file
// and rename) and kept as a numbered version in the history folder beside
// it, with the position undo and redo move along, so the history survives a
// restart. A version is the hash of the file's bytes: a write names the
// version it was made from, and when the file on disk is no longer that
// version (another tab, another program) nothing is written and the caller
// is told. The store never validates: callers save only what the loader
// accepted. Not thread safe: the editor holds one lock around it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace kinmap::server {

class CaseStore {
 public:
  /// Versions kept; older ones are removed as new ones arrive.
  static constexpr std::size_t kKeptVersions = 200;

  /// Opens the history beside `case_file` (creating nothing yet). When the
  /// file differs from the last version the history holds, it was changed
  /// outside the editor: that text becomes the newest version.
  explicit CaseStore(std::filesystem::path case_file);

  struct Snapshot {
    bool exists = false;
    std::string text;     ///< empty when the file does not exist
    std::string version;  ///< version_of(text), or kAbsent
  };
  /// The version of a case file that does not exist yet.
  static constexpr const char* kAbsent = "absent";

  /// The file as it is on disk now. Throws OutputError when it exists but
  /// cannot be read.
  Snapshot current() const;

  /// A short stable hash of `text` (FNV-1a, 64 bits, hex): equal texts,
  /// equal versions, across runs.
  static std::string version_of(const std::string& text);

  enum class Outcome { saved, conflict, nothing_to_do };

  /// Writes `text` when the file is still at `base_version`; forgets the
  /// versions undo had stepped back over.
  Outcome save(const std::string& text, const std::string& base_version);
  /// Puts back the version before (after) the current one.
  Outcome undo(const std::string& base_version);
  Outcome redo(const std::string& base_version);

  bool can_undo() const;
  bool can_redo() const;
  std::size_t version_count() const { return versions_.size(); }
  const std::filesystem::path& history_folder() const { return folder_; }

 private:
  std::filesystem::path version_path(std::size_t number) const;
  std::string read_version(std::size_t number) const;
  void append_version(const std::string& text);
  void write_position() const;
  Outcome move_to(std::size_t index, const std::string& base_version);

  std::filesystem::path file_;
  std::filesystem::path folder_;
  std::vector<std::size_t> versions_;  ///< numbers of the version files, oldest first
  std::size_t position_ = 0;           ///< index in versions_ of the file's version
};

}  // namespace kinmap::server
