// The real database servers the integration tests use, started by scripts/db-servers.sh, which exports
// FERRY_TEST_PG and FERRY_TEST_MY as "host;port;user;password;database".
#pragma once

#include <QString>
#include <QStringList>
#include <QtTest>

#include <optional>

namespace Ferry::Testing {

struct Server
{
    QString kind; // postgres, mysql (odbc: PostgreSQL through its ODBC driver)
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;
};

inline std::optional<Server> server(const char *env, const QString &kind)
{
    const QStringList parts = qEnvironmentVariable(env).split(u';');
    if (parts.size() != 5)
        return std::nullopt;
    return Server{kind, parts[0], parts[1].toInt(), parts[2], parts[3], parts[4]};
}

} // namespace Ferry::Testing

// In initTestCase(): skips the test without the servers, or fails when FERRY_REQUIRE_SERVERS says they
// must be there (the test command sets it).
#define FERRY_REQUIRE_TEST_SERVERS()                                                                                   \
    do {                                                                                                               \
        if (!Ferry::Testing::server("FERRY_TEST_PG", {}) || !Ferry::Testing::server("FERRY_TEST_MY", {})) {            \
            if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))                                                    \
                QFAIL("FERRY_TEST_PG / FERRY_TEST_MY are not set: start the servers with scripts/db-servers.sh");      \
            QSKIP("no database servers: eval \"$(scripts/db-servers.sh start)\" to run these tests");                  \
        }                                                                                                              \
    } while (false)
