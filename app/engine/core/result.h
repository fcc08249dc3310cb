// Error and Result: how fallible engine functions report failure (no exceptions cross engine boundaries).
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Ferry {

enum class ErrorCode {
    InvalidConfig,  // the job file or an option is wrong: the user must edit it
    Connection,     // a server or file could not be reached
    Auth,           // credentials were refused
    Server,         // the server answered, but with an error or nonsense
    Query,          // the source query failed
    NotFound,       // the database, table, file or data source the job names does not exist
    Io,             // local disk or database trouble
    Held,           // the plan needs the user's confirmation (mass delete)
    TargetChanged,  // the target changed between the plan and its apply: preview again
    AlreadyRunning, // another run of the job holds its lease: wait for it
    Cancelled,      // the user or scheduler asked to stop
    Timeout,        // the run reached its time limit (retry.run_timeout_ms) and was stopped
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;    // user-facing: says what went wrong and how to fix it
    QString context;    // where: "file.yml:3:5", a row key, a URL (never a secret)
    QString field = {}; // the job field at fault, when one is: "source.password", "target.datasource_id"

    QString toString() const { return context.isEmpty() ? message : context + QStringLiteral(": ") + message; }
};

// A stable name for scripts and JSON output: "invalid-config", "auth", "not-found", …
inline QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidConfig:
        return QStringLiteral("invalid-config");
    case ErrorCode::Connection:
        return QStringLiteral("connection");
    case ErrorCode::Auth:
        return QStringLiteral("auth");
    case ErrorCode::Server:
        return QStringLiteral("server");
    case ErrorCode::Query:
        return QStringLiteral("query");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Held:
        return QStringLiteral("held");
    case ErrorCode::TargetChanged:
        return QStringLiteral("target-changed");
    case ErrorCode::AlreadyRunning:
        return QStringLiteral("already-running");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::Internal:
        break;
    }
    return QStringLiteral("internal");
}

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Ferry

// Evaluates a Result; on error returns that error from the enclosing function, else binds the value to var.
#define FERRY_TRY(var, expr)                                                                                           \
    auto var##_result = (expr);                                                                                        \
    if (!var##_result)                                                                                                 \
        return var##_result.error();                                                                                   \
    auto var = std::move(var##_result).value();
