#include "caseload/sqlite.h"

#include <sqlite3.h>

namespace kinmap::caseload {
namespace {

std::string reason(int code, sqlite3* db) {
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "the database is locked by another program (another kinmap caseload run?); try "
             "again when it has finished";
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return "the file is not a kinmap caseload database, or it is damaged (" +
             std::string(sqlite3_errstr(code)) + "); index the case files again into a new file";
    case SQLITE_CANTOPEN:
      return "cannot open the database file (" + std::string(db ? sqlite3_errmsg(db) : "") + ")";
    case SQLITE_READONLY:
      return "the database file is read-only";
    case SQLITE_FULL:
      return "the disk is full";
    default:
      return db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  }
}

}  // namespace

Database::Database(const std::string& path, Mode mode, std::chrono::milliseconds busy_timeout)
    : path_(path) {
  int flags = SQLITE_OPEN_NOMUTEX;
  flags |= mode == Mode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (mode == Mode::create) flags |= SQLITE_OPEN_CREATE;
  const int code = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (code != SQLITE_OK) {
    const std::string why = reason(code, db_);
    sqlite3_close(db_);
    db_ = nullptr;
    throw CaseloadError(path + ": " + why);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, static_cast<int>(busy_timeout.count()));
  // A file that is not a database opens without complaint: read its schema now.
  try {
    exec("SELECT count(*) FROM sqlite_schema");
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Database::~Database() {
  sqlite3_close_v2(db_);
}

void Database::fail(std::string_view doing, int code) const {
  throw CaseloadError(path_ + ": " + reason(code, db_) + " (while " + std::string(doing) + ")");
}

void Database::exec(std::string_view sql) {
  const std::string text(sql);
  const int code = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (code != SQLITE_OK) fail("running " + text.substr(0, text.find_first_of("( ", 7)), code);
}

Statement::Statement(Database& db, std::string_view sql) : db_(db) {
  const int code =
      sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (code != SQLITE_OK) db.fail("preparing " + std::string(sql.substr(0, 40)), code);
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
  const int code =
      sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  if (code != SQLITE_OK) db_.fail("binding a value", code);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  const int code = sqlite3_bind_int64(stmt_, index, value);
  if (code != SQLITE_OK) db_.fail("binding a value", code);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  const int code = sqlite3_bind_double(stmt_, index, value);
  if (code != SQLITE_OK) db_.fail("binding a value", code);
  return *this;
}

Statement& Statement::bind_null(int index) {
  const int code = sqlite3_bind_null(stmt_, index);
  if (code != SQLITE_OK) db_.fail("binding a value", code);
  return *this;
}

bool Statement::step() {
  const int code = sqlite3_step(stmt_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  db_.fail("reading or writing the index", code);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
  const auto* p = sqlite3_column_text(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const {
  return sqlite3_column_double(stmt_, column);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : db_(db) {
  db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace kinmap::caseload
