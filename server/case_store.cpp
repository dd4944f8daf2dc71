#include "case_store.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

#include "errors.h"
#include "io/files.h"

namespace kinmap::server {
namespace fs = std::filesystem;
namespace {

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw OutputError(path.string(), "cannot be read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_atomically(const fs::path& path, const std::string& text) {
  std::ostringstream unused;  // write_output_atomically's "-" stream
  write_output_atomically(path.string(), text, unused);
}

/// "000042.json" -> 42; nothing for any other name.
std::optional<std::size_t> version_number(const fs::path& name) {
  const std::string stem = name.stem().string();
  if (name.extension() != ".json" || stem.size() != 6 ||
      !std::all_of(stem.begin(), stem.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  return static_cast<std::size_t>(std::stoul(stem));
}

}  // namespace

CaseStore::CaseStore(fs::path case_file)
    : file_(std::move(case_file)), folder_(file_.string() + ".history") {
  std::error_code ec;
  if (fs::is_directory(folder_, ec)) {
    for (const auto& entry : fs::directory_iterator(folder_))
      if (auto number = version_number(entry.path().filename())) versions_.push_back(*number);
    std::sort(versions_.begin(), versions_.end());
  }
  position_ = versions_.empty() ? 0 : versions_.size() - 1;
  if (std::ifstream in(folder_ / "position"); in) {
    std::size_t number = 0;
    if (in >> number) {
      const auto found = std::find(versions_.begin(), versions_.end(), number);
      if (found != versions_.end()) position_ = static_cast<std::size_t>(found - versions_.begin());
    }
  }
  const Snapshot now = current();
  if (now.exists && (versions_.empty() || read_version(versions_[position_]) != now.text)) {
    versions_.resize(versions_.empty() ? 0 : position_ + 1);
    append_version(now.text);
  }
}

CaseStore::Snapshot CaseStore::current() const {
  std::error_code ec;
  if (!fs::exists(file_, ec)) return {false, "", kAbsent};
  Snapshot out;
  out.exists = true;
  out.text = read_whole(file_);
  out.version = version_of(out.text);
  return out;
}

std::string CaseStore::version_of(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

fs::path CaseStore::version_path(std::size_t number) const {
  char name[16];
  std::snprintf(name, sizeof name, "%06zu.json", number);
  return folder_ / name;
}

std::string CaseStore::read_version(std::size_t number) const {
  return read_whole(version_path(number));
}

void CaseStore::append_version(const std::string& text) {
  std::error_code ec;
  fs::create_directories(folder_, ec);
  if (ec) throw OutputError(folder_.string(), ec.message());
  // Forget the versions past the current one (undone, then replaced).
  std::vector<std::size_t> forgotten;
  if (!versions_.empty() && position_ + 1 < versions_.size())
    forgotten.assign(versions_.begin() + static_cast<std::ptrdiff_t>(position_) + 1,
                     versions_.end());
  // Numbers only grow, so a restart never mistakes an old file for a new one.
  std::size_t next = versions_.empty() ? 1 : versions_.back() + 1;
  for (std::size_t number : forgotten) fs::remove(version_path(number), ec);
  if (!versions_.empty()) versions_.resize(position_ + 1);
  write_atomically(version_path(next), text);
  versions_.push_back(next);
  while (versions_.size() > kKeptVersions) {
    fs::remove(version_path(versions_.front()), ec);
    versions_.erase(versions_.begin());
  }
  position_ = versions_.size() - 1;
  write_position();
}

void CaseStore::write_position() const {
  write_atomically(folder_ / "position", std::to_string(versions_[position_]) + "\n");
}

CaseStore::Outcome CaseStore::save(const std::string& text, const std::string& base_version) {
  const Snapshot now = current();
  if (now.version != base_version) return Outcome::conflict;
  if (now.exists && now.text == text) return Outcome::nothing_to_do;
  append_version(text);
  write_atomically(file_, text);
  return Outcome::saved;
}

CaseStore::Outcome CaseStore::move_to(std::size_t index, const std::string& base_version) {
  if (current().version != base_version) return Outcome::conflict;
  const std::string text = read_version(versions_[index]);
  write_atomically(file_, text);
  position_ = index;
  write_position();
  return Outcome::saved;
}

CaseStore::Outcome CaseStore::undo(const std::string& base_version) {
  if (!can_undo()) return Outcome::nothing_to_do;
  return move_to(position_ - 1, base_version);
}

CaseStore::Outcome CaseStore::redo(const std::string& base_version) {
  if (!can_redo()) return Outcome::nothing_to_do;
  return move_to(position_ + 1, base_version);
}

bool CaseStore::can_undo() const {
  return !versions_.empty() && position_ > 0;
}
bool CaseStore::can_redo() const {
  return position_ + 1 < versions_.size();
}

}  // namespace kinmap::server
