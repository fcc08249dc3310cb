// The rows of a SQLite query read straight into a RowSet through SQLite's C API, with the values and types Qt's
// QSQLITE driver gives (as SqlSource reads them) but without a QVariant and a UTF-16 QString per cell: reading
// the source that way took about 40 % of a first push's instructions.
//
// The statement stays Qt's: QSqlQuery prepares and runs it (so its errors, columns and cancellation are those
// of every other query) and reads the first row; SqliteRows then steps the same statement for the rest. The
// library is the one Qt's driver loaded, found at run time (no build dependency, and a handle is never given to
// another copy of SQLite); where it cannot be found, Qt Sql reads every row as before.
#pragma once

#include "core/recordset.h"

#include <QSqlError>

#include <memory>

class QSqlQuery;

namespace Ferry {

class SqliteRows
{
public:
    // For a QSqlQuery of the QSQLITE driver that has just read its first row (next() returned true); null when
    // the query is no SQLite statement or SQLite's C API is not reachable. utf8Database: the database's
    // encoding is UTF-8 (PRAGMA encoding), so text can be taken as it is stored when that is what Qt would give.
    static std::unique_ptr<SqliteRows> attach(const QSqlQuery &query, bool utf8Database);

    // Steps to the next row: false at the end (the statement is reset, as Qt does) or on an error (error()).
    bool next();
    // Appends the current row's cells to out.rows (between beginRow and endRow, which the caller makes), and
    // notes in out.notes what SqlSource notes (numbers JSON cannot hold, text with U+FFFD) for row.
    void read(RecordSet &out, qsizetype row) const;
    // The error next() met, as Qt's driver reports it ("Unable to fetch row", SQLite's message and code).
    const QSqlError &error() const { return m_error; }

    // Whether these UTF-8 bytes come back unchanged through SQLite's UTF-16 conversion and QString::toUtf8:
    // strictly valid UTF-8 without U+FFFE and U+FFFF (which SQLite's decoder turns into U+FFFD). replacement
    // is set when the text holds U+FFFD. For tests.
    static bool passesUnchanged(const unsigned char *p, qsizetype n, bool &replacement);

    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

private:
    struct Api;
    SqliteRows(const Api &api, void *statement, int columns, bool utf8Database);

    const Api &m_api;
    void *m_statement;
    int m_columns;
    bool m_utf8;
    QSqlError m_error;
};

} // namespace Ferry
