#include "logging.h"

#include <QMutex>
#include <QStringList>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcEngine, "ferry.engine")
Q_LOGGING_CATEGORY(lcSql, "ferry.connector.sql")
Q_LOGGING_CATEGORY(lcFliplet, "ferry.connector.fliplet")
Q_LOGGING_CATEGORY(lcSqliteTarget, "ferry.connector.sqlite")
Q_LOGGING_CATEGORY(lcHttp, "ferry.http")
Q_LOGGING_CATEGORY(lcStore, "ferry.store")

namespace Ferry::SecretMask {

namespace {
QMutex mutex;
// Secrets as they may appear in a message: as they are, and JSON-escaped (a server that echoes a token with
// a quote or backslash in it, inside a JSON text). Short ones are masked only as whole words.
struct Masked
{
    QString text;
    bool wholeWord;
};
std::vector<Masked> &secrets()
{
    static std::vector<Masked> list;
    return list;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

void replaceWholeWords(QString &text, const QString &word)
{
    qsizetype from = 0;
    while ((from = text.indexOf(word, from)) >= 0) {
        const qsizetype end = from + word.size();
        const bool starts = from == 0 || !isWordChar(text[from - 1]) || !isWordChar(word.front());
        const bool ends = end == text.size() || !isWordChar(text[end]) || !isWordChar(word.back());
        if (starts && ends) {
            text.replace(from, word.size(), QStringLiteral("****"));
            from += 4;
        } else {
            from = end;
        }
    }
}

QString jsonEscaped(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out;
}
} // namespace

void add(const QString &secret)
{
    if (secret.isEmpty())
        return;
    // A secret shorter than this could be an ordinary word or number of a message ("2024 rows"), and masking
    // it inside longer words would garble them: it is masked where it stands alone.
    const bool wholeWord = secret.size() < MinMaskedAnywhere;
    QMutexLocker lock(&mutex);
    for (const QString &form : {secret, jsonEscaped(secret)}) {
        const bool known =
            std::any_of(secrets().begin(), secrets().end(), [&form](const Masked &m) { return m.text == form; });
        if (!known)
            secrets().push_back(Masked{form, wholeWord});
    }
    // Longer first: a secret that contains another is masked whole.
    std::stable_sort(secrets().begin(), secrets().end(),
                     [](const Masked &a, const Masked &b) { return a.text.size() > b.text.size(); });
}

QString mask(QString text)
{
    QMutexLocker lock(&mutex);
    for (const Masked &s : secrets()) {
        if (s.wholeWord)
            replaceWholeWords(text, s.text);
        else
            text.replace(s.text, QStringLiteral("****"));
    }
    return text;
}

} // namespace Ferry::SecretMask
