// ferry-cli test and sample: check jobs without running them.
#include "cli.h"

#include "connectors/jsonrecords.h"
#include "core/logging.h"
#include "core/values.h"
#include "run/jobcheck.h"
#include "secrets/keychain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Ferry::Cli {

namespace {

QJsonObject errorJson(const Error &e)
{
    // Masked before JSON escaping: a secret with a quote or backslash in it would not be found afterwards.
    QJsonObject o{{QStringLiteral("code"), errorCodeName(e.code)},
                  {QStringLiteral("message"), SecretMask::mask(e.message)},
                  {QStringLiteral("context"), SecretMask::mask(e.context)}};
    if (!e.field.isEmpty())
        o.insert(QStringLiteral("field"), e.field);
    return o;
}

QJsonObject sideJson(const ConnectorTest &t)
{
    QJsonObject o{{QStringLiteral("type"), t.typeId},
                  {QStringLiteral("status"), t.passed() ? QStringLiteral("passed") : QStringLiteral("failed")}};
    if (t.error) {
        o.insert(QStringLiteral("error"), errorJson(*t.error));
        return o;
    }
    const ConnectionInfo &i = *t.info;
    o.insert(QStringLiteral("summary"), SecretMask::mask(i.summary));
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("server", i.server);
    put("user", i.user);
    put("database", i.database);
    put("object", i.object);
    if (i.rowCount >= 0)
        o.insert(QStringLiteral("rowCount"), i.rowCount);
    o.insert(QStringLiteral("columns"), QJsonArray::fromStringList(i.columns));
    if (!i.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(i.notes));
    return o;
}

QString sideText(const QString &side, const ConnectorTest &t)
{
    QString out;
    if (t.error) {
        out = CliText::tr("  %1 failed (%2): %3\n").arg(side, t.typeId, t.error->toString());
        if (!t.error->field.isEmpty())
            out += CliText::tr("    fix: %1\n").arg(t.error->field);
        return out;
    }
    out = CliText::tr("  %1 ok (%2): %3\n").arg(side, t.typeId, t.info->summary);
    for (const QString &note : t.info->notes)
        out += CliText::tr("    note: %1\n").arg(note);
    return out;
}

QString cellText(const QVariant &v)
{
    QString text = Values::displayText(v);
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    constexpr qsizetype MaxWidth = 40;
    if (text.size() > MaxWidth)
        text = text.left(MaxWidth - 1) + QChar(0x2026);
    return text;
}

bool isNumber(const QVariant &v)
{
    const Values::Kind k = Values::kindOf(v);
    return k == Values::Kind::Integer || k == Values::Kind::Unsigned || k == Values::Kind::Double;
}

// A plain text table: a header, a rule, one line per row; numbers right-aligned.
QString table(const RecordSet &rows)
{
    const int n = static_cast<int>(rows.columns.size());
    std::vector<qsizetype> width(static_cast<size_t>(n));
    std::vector<std::vector<QString>> cells(static_cast<size_t>(rows.rows.size()));
    std::vector<std::vector<bool>> right(static_cast<size_t>(rows.rows.size()));
    for (int c = 0; c < n; ++c)
        width[c] = rows.columns[c].size();
    for (qsizetype r = 0; r < rows.rows.size(); ++r) {
        for (int c = 0; c < n; ++c) {
            const QVariant v = rows.rows.value(r, c);
            cells[r].push_back(cellText(v));
            right[r].push_back(isNumber(v));
            width[c] = std::max(width[c], cells[r].back().size());
        }
    }
    QString out;
    const auto line = [&](const auto &cell, const auto &alignRight) {
        QStringList parts;
        for (int c = 0; c < n; ++c)
            parts.append(alignRight(c) ? cell(c).rightJustified(width[c]) : cell(c).leftJustified(width[c]));
        QString text = parts.join(QStringLiteral(" | "));
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    };
    line([&](int c) { return rows.columns[c]; }, [](int) { return false; });
    QStringList rule;
    for (int c = 0; c < n; ++c)
        rule.append(QString(width[c], u'-'));
    out += rule.join(QStringLiteral("-+-")) + u'\n';
    for (size_t r = 0; r < cells.size(); ++r)
        line([&](int c) { return cells[r][c]; }, [&](int c) { return bool(right[r][c]); });
    return out;
}

QByteArray rowsJson(const RecordSet &rows)
{
    QByteArray out = "[";
    for (qsizetype r = 0; r < rows.rows.size(); ++r) {
        if (r)
            out.append(',');
        out.append(JsonRecords::object(rows.rows, r, rows.columns));
    }
    out.append(']');
    return out;
}

} // namespace

int test(const Options &options, const std::atomic_bool *cancel)
{
    const auto jobs = loadAll(options.files, options.json);
    if (!jobs) {
        printErr(CliText::tr("[error] nothing was tested: fix the job files above first\n"));
        return InvalidConfig;
    }
    int exitCode = Success;
    const std::shared_ptr<const SecretStore> secrets = secretStoreWithKeychain();
    for (const LoadedJob &loaded : *jobs) {
        if (cancel && cancel->load())
            return Failed;
        const JobSpec &job = loaded.job;
        CheckOptions check;
        check.cancel = cancel;
        check.secretStore = secrets;
        const JobTest result = testJob(job, check);
        if (!result.passed())
            exitCode = Failed;
        if (options.json) {
            const QJsonObject o{
                {QStringLiteral("file"), job.sourcePath},
                {QStringLiteral("id"), job.id},
                {QStringLiteral("job"), job.name},
                {QStringLiteral("status"), result.passed() ? QStringLiteral("passed") : QStringLiteral("failed")},
                {QStringLiteral("source"), sideJson(result.source)},
                {QStringLiteral("target"), sideJson(result.target)}};
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        } else {
            printOut(QStringLiteral("%1 (%2)\n").arg(job.name, job.sourcePath) +
                     sideText(CliText::tr("source"), result.source) + sideText(CliText::tr("target"), result.target));
        }
    }
    return exitCode;
}

int sample(const Options &options, const std::atomic_bool *cancel)
{
    const auto loaded = loadOne(options, QStringLiteral("sample"));
    if (!loaded)
        return InvalidConfig;
    const JobSpec &job = *loaded;
    CheckOptions check;
    check.cancel = cancel;
    check.secretStore = secretStoreWithKeychain();
    auto rows = sampleJob(job, options.sampleRows, check);
    if (!rows) {
        const Error &e = rows.error();
        printErr(QStringLiteral("[error] %1: %2\n").arg(job.name, e.toString()));
        if (options.json) {
            const QJsonObject o{{QStringLiteral("file"), job.sourcePath},
                                {QStringLiteral("id"), job.id},
                                {QStringLiteral("job"), job.name},
                                {QStringLiteral("status"), QStringLiteral("failed")},
                                {QStringLiteral("error"), errorJson(e)}};
            printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
        }
        return e.code == ErrorCode::InvalidConfig ? InvalidConfig : Failed;
    }
    if (options.json) {
        QByteArray out = "{\"file\":";
        Values::appendJsonString(out, job.sourcePath);
        out.append(",\"id\":");
        Values::appendJsonString(out, job.id);
        out.append(",\"job\":");
        Values::appendJsonString(out, job.name);
        out.append(",\"status\":\"passed\",\"columns\":");
        out.append(QJsonDocument(QJsonArray::fromStringList(rows->columns)).toJson(QJsonDocument::Compact));
        out.append(",\"rows\":");
        out.append(rowsJson(*rows));
        out.append("}\n");
        printData(out); // rows are data: never masked
        return Success;
    }
    printData(table(*rows).toUtf8());
    printOut(CliText::tr("(%n row(s) of %1)\n", nullptr, static_cast<int>(rows->rows.size())).arg(job.name));
    return Success;
}

} // namespace Ferry::Cli
