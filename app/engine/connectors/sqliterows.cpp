#include "sqliterows.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>

#include <atomic>
#include <cmath>
#include <cstring>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define FERRY_HAVE_DLFCN 1
#endif

namespace Ferry {

namespace {

// sqlite3.h's values, which do not change between releases.
constexpr int SqliteRow = 100;
constexpr int SqliteDone = 101;
constexpr int SqliteError = 1;
constexpr int SqliteConstraint = 19;
constexpr int SqliteInteger = 1;
constexpr int SqliteFloat = 2;
constexpr int SqliteBlob = 4;
constexpr int SqliteNull = 5;

} // namespace

struct SqliteRows::Api
{
    int (*step)(void *) = nullptr;
    int (*reset)(void *) = nullptr;
    int (*columnCount)(void *) = nullptr;
    int (*columnType)(void *, int) = nullptr;
    long long (*columnInt64)(void *, int) = nullptr;
    double (*columnDouble)(void *, int) = nullptr;
    const unsigned char *(*columnText)(void *, int) = nullptr;
    const void *(*columnText16)(void *, int) = nullptr;
    const void *(*columnBlob)(void *, int) = nullptr;
    int (*columnBytes)(void *, int) = nullptr;
    int (*columnBytes16)(void *, int) = nullptr;
    void *(*dbHandle)(void *) = nullptr;
    const void *(*errmsg16)(void *) = nullptr;

    // The functions of the SQLite library Qt's driver loaded (libsqlite3.so.0, not loaded here), or null. A
    // failed look-up is not remembered: the library is loaded only once a SQLite connection opened.
    static const Api *get()
    {
#ifdef FERRY_HAVE_DLFCN
        static std::atomic<const Api *> found{nullptr};
        if (const Api *api = found.load())
            return api;
        void *library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD);
        if (!library)
            return nullptr;
        auto *api = new Api; // lives as long as the process, as the library does
        const auto take = [library](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
            return function != nullptr;
        };
        const bool complete =
            take(api->step, "sqlite3_step") && take(api->reset, "sqlite3_reset") &&
            take(api->columnCount, "sqlite3_column_count") && take(api->columnType, "sqlite3_column_type") &&
            take(api->columnInt64, "sqlite3_column_int64") && take(api->columnDouble, "sqlite3_column_double") &&
            take(api->columnText, "sqlite3_column_text") && take(api->columnText16, "sqlite3_column_text16") &&
            take(api->columnBlob, "sqlite3_column_blob") && take(api->columnBytes, "sqlite3_column_bytes") &&
            take(api->columnBytes16, "sqlite3_column_bytes16") && take(api->dbHandle, "sqlite3_db_handle") &&
            take(api->errmsg16, "sqlite3_errmsg16");
        dlclose(library); // NOLOAD took a reference; the library stays loaded by Qt's driver
        if (!complete) {
            delete api;
            return nullptr;
        }
        const Api *expected = nullptr;
        if (!found.compare_exchange_strong(expected, api)) {
            delete api;
            return expected;
        }
        return api;
#else
        return nullptr;
#endif
    }
};

SqliteRows::SqliteRows(const Api &api, void *statement, int columns, bool utf8Database)
    : m_api(api), m_statement(statement), m_columns(columns), m_utf8(utf8Database)
{}

std::unique_ptr<SqliteRows> SqliteRows::attach(const QSqlQuery &query, bool utf8Database)
{
    if (!query.result() || !query.isActive() || !query.isValid())
        return nullptr;
    const QVariant handle = query.result()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    void *statement = *static_cast<void *const *>(handle.constData());
    const Api *api = Api::get();
    if (!statement || !api)
        return nullptr;
    const int columns = api->columnCount(statement);
    if (columns != query.record().count())
        return nullptr;
    return std::unique_ptr<SqliteRows>(new SqliteRows(*api, statement, columns, utf8Database));
}

bool SqliteRows::next()
{
    int result = m_api.step(m_statement);
    if (result == SqliteRow)
        return true;
    if (result == SqliteDone) {
        m_api.reset(m_statement);
        return false;
    }
    // As Qt's driver does: a generic error's specific code comes from sqlite3_reset().
    if (result == SqliteError || result == SqliteConstraint)
        result = m_api.reset(m_statement);
    const auto *message = static_cast<const QChar *>(m_api.errmsg16(m_api.dbHandle(m_statement)));
    m_error = QSqlError(QCoreApplication::translate("QSQLiteResult", "Unable to fetch row"),
                        message ? QString(message) : QString(), QSqlError::ConnectionError, QString::number(result));
    if (result != SqliteError && result != SqliteConstraint)
        m_api.reset(m_statement);
    return false;
}

bool SqliteRows::passesUnchanged(const unsigned char *p, qsizetype n, bool &replacement)
{
    qsizetype i = 0;
    while (i < n) {
        if (n - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if (!(word & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const auto continuation = [p](qsizetype at) { return (p[at] & 0xC0) == 0x80; };
        if (c < 0xC2) // a continuation byte, or an overlong lead
            return false;
        if (c < 0xE0) {
            if (n - i < 2 || !continuation(i + 1))
                return false;
            i += 2;
            continue;
        }
        if (c < 0xF0) {
            if (n - i < 3 || !continuation(i + 1) || !continuation(i + 2))
                return false;
            const unsigned char c1 = p[i + 1];
            const unsigned char c2 = p[i + 2];
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) // overlong, surrogate
                return false;
            if (c == 0xEF && c1 == 0xBF) {
                if (c2 >= 0xBE) // U+FFFE, U+FFFF
                    return false;
                if (c2 == 0xBD)
                    replacement = true;
            }
            i += 3;
            continue;
        }
        if (c < 0xF5) {
            if (n - i < 4 || !continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3))
                return false;
            const unsigned char c1 = p[i + 1];
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) // overlong, past U+10FFFF
                return false;
            i += 4;
            continue;
        }
        return false;
    }
    return true;
}

void SqliteRows::read(RecordSet &out, qsizetype row) const
{
    // What QSQLITE makes of each storage class (a qlonglong, a double under QSql::HighPrecision, a QByteArray,
    // a null QString, a QString from sqlite3_column_text16), as RowSet::addVariant and SqlSource's notes
    // take them.
    const auto note = [&out, row](ValueNote::Kind kind, int column) {
        if (out.notes.size() < RecordSet::MaxNotes)
            out.notes.push_back(ValueNote{kind, column, row});
    };
    for (int i = 0; i < m_columns; ++i) {
        switch (m_api.columnType(m_statement, i)) {
        case SqliteInteger:
            out.rows.addInt(m_api.columnInt64(m_statement, i));
            break;
        case SqliteFloat: {
            const double d = m_api.columnDouble(m_statement, i);
            out.rows.addDouble(d);
            if (!std::isfinite(d))
                note(ValueNote::NotFinite, i);
            break;
        }
        case SqliteNull:
            out.rows.addNull();
            break;
        case SqliteBlob: {
            const void *bytes = m_api.columnBlob(m_statement, i);
            out.rows.addBytes(QByteArrayView(static_cast<const char *>(bytes), m_api.columnBytes(m_statement, i)));
            break;
        }
        default: { // text
            if (m_utf8) {
                const unsigned char *text = m_api.columnText(m_statement, i);
                const int size = m_api.columnBytes(m_statement, i);
                bool replacement = false;
                if (text && passesUnchanged(text, size, replacement)) {
                    out.rows.addString(QByteArrayView(reinterpret_cast<const char *>(text), size));
                    if (replacement)
                        note(ValueNote::ReplacementCharacter, i);
                    break;
                }
            }
            // Bytes that are not UTF-8 (or a UTF-16 database): what SQLite's conversion makes of them, as Qt reads it.
            const auto *text = static_cast<const QChar *>(m_api.columnText16(m_statement, i));
            const QStringView view(text, text ? m_api.columnBytes16(m_statement, i) / 2 : 0);
            out.rows.addString(view);
            if (view.contains(QChar::ReplacementCharacter))
                note(ValueNote::ReplacementCharacter, i);
            break;
        }
        }
    }
}

} // namespace Ferry
