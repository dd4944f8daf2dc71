// A small RAII wrapper of SQLite's C API for the caseload index: one open
// database, prepared statements, and transactions that roll back unless
// committed. Every failure is a CaseloadError naming the database file and
// SQLite's reason; a locked database waits `busy_timeout` and then says so,
// a corrupt one says so, neither ever crashes.
//
//   Database db("caseload.db", Database::Mode::create);
//   Transaction t(db);
//   Statement insert(db, "INSERT INTO files(path, hash) VALUES (?, ?)");
//   insert.bind(1, path).bind(2, hash).run();
//   t.commit();
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "errors.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kinmap::caseload {

/// The caseload database could not be opened, read or written.
class CaseloadError : public KinmapError {
 public:
  using KinmapError::KinmapError;
};

class Database {
 public:
  enum class Mode { create, read_write, read_only };
  /// Opens `path`; `create` makes it when missing. Checks that the file is a
  /// readable SQLite database before returning.
  Database(const std::string& path, Mode mode,
           std::chrono::milliseconds busy_timeout = std::chrono::milliseconds(3000));
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Runs one or more statements with no results.
  void exec(std::string_view sql);
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  /// A CaseloadError for the last failure, saying what was being done.
  [[noreturn]] void fail(std::string_view doing, int code) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  /// Steps once: true while there is a row to read.
  bool step();
  /// Steps to the end (a statement with no results), then resets.
  void run();
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// BEGIN IMMEDIATE (takes the write lock at once, so a second writer waits
/// or fails here rather than half-way); rolled back unless commit() ran.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace kinmap::caseload
