#include "logging.h"

#include <QMutex>
#include <QStringList>

Q_LOGGING_CATEGORY(lcEngine, "ferry.engine")
Q_LOGGING_CATEGORY(lcSql, "ferry.connector.sql")
Q_LOGGING_CATEGORY(lcFliplet, "ferry.connector.fliplet")
Q_LOGGING_CATEGORY(lcSqliteTarget, "ferry.connector.sqlite")
Q_LOGGING_CATEGORY(lcHttp, "ferry.http")
Q_LOGGING_CATEGORY(lcStore, "ferry.store")

namespace Ferry::SecretMask {

namespace {
QMutex mutex;
QStringList &secrets()
{
    static QStringList list;
    return list;
}
} // namespace

void add(const QString &secret)
{
    // Very short values would mask ordinary words; they are not worth protecting this way anyway.
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&mutex);
    if (!secrets().contains(secret))
        secrets().append(secret);
}

QString mask(QString text)
{
    QMutexLocker lock(&mutex);
    for (const QString &s : secrets())
        text.replace(s, QStringLiteral("****"));
    return text;
}

} // namespace Ferry::SecretMask
