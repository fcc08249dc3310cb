#include "modulesource.h"

#include "connectorfactory.h"
#include "core/logging.h"
#include "core/runevents.h"
#include "jsonrecords.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

#include <numeric>

namespace Ferry {

namespace {

class ModuleText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ModuleSource)
};

} // namespace

void ModuleSourceCursor::setNext(const QJsonValue &next)
{
    QMutexLocker lock(&m_mutex);
    m_next = next;
}

std::optional<QJsonValue> ModuleSourceCursor::next() const
{
    QMutexLocker lock(&m_mutex);
    return m_next;
}

ModuleSource::ModuleSource(const JobSpec &job, const JobSecrets &secrets)
    : m_module(job.moduleSource, QStringLiteral("source"), jobBaseDir(job), secrets),
      m_deleteColumn(job.rules.deleteColumn), m_lastSync(QJsonValue::Null)
{}

ModuleSource::~ModuleSource() = default;

QString ModuleSource::describe() const
{
    return ModuleText::tr("module %1").arg(QFileInfo(m_module.file()).fileName());
}

Capabilities ModuleSource::capabilities() const
{
    return Capability::ChangesSince | Capability::FreeColumns;
}

Result<RecordSet> ModuleSource::read(const QJsonValue &lastSync, const std::atomic_bool *cancel, QJsonValue *next)
{
    FERRY_TRY(answer, m_module.call(QStringLiteral("getUpdates"), QJsonArray{lastSync}, cancel));
    const QString field = QStringLiteral("source.file");
    const QJsonObject object = answer.toObject();
    const QJsonValue entries = object.value(QStringLiteral("entries"));
    if (!answer.isObject() || !entries.isArray())
        return Error{ErrorCode::Server,
                     ModuleText::tr("getUpdates() answered %1, not {nextSync, entries: [{id, type, value}]}: fix the "
                                    "module")
                         .arg(QString::fromUtf8(JsonRecords::valueText(answer).left(120))),
                     m_module.file(), field};
    if (next)
        *next = object.value(QStringLiteral("nextSync"));
    static const QStringList types{QStringLiteral("upsert"), QStringLiteral("insert"), QStringLiteral("update"),
                                   QStringLiteral("delete")};
    const QJsonArray list = entries.toArray();
    QList<QJsonObject> values;
    QStringList columns;
    QSet<QString> seen;
    qsizetype deletesDropped = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        const QString type = e.value(QStringLiteral("type")).toString(QStringLiteral("upsert"));
        if (!types.contains(type))
            return Error{ErrorCode::Server,
                         ModuleText::tr("entry %1 of getUpdates() has the type '%2': use upsert, insert, update or "
                                        "delete")
                             .arg(i + 1)
                             .arg(type),
                         m_module.file(), field};
        QJsonObject value = e.value(QStringLiteral("value")).toObject();
        if (type == u"delete") {
            // A deleted record reaches the target only through the soft-delete column: its row carries the key
            // (from its value) and the column set.
            if (m_deleteColumn.isEmpty()) {
                ++deletesDropped;
                continue;
            }
            value.insert(m_deleteColumn, true);
        } else if (!e.value(QStringLiteral("value")).isObject()) {
            return Error{ErrorCode::Server,
                         ModuleText::tr("entry %1 (id %2) of getUpdates() has no value object: fix the module")
                             .arg(i + 1)
                             .arg(JsonRecords::idText(e.value(QStringLiteral("id")))),
                         m_module.file(), field};
        }
        for (auto it = value.constBegin(); it != value.constEnd(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                columns.append(it.key());
            }
        values.append(value);
    }
    if (!m_deleteColumn.isEmpty() && !seen.contains(m_deleteColumn))
        columns.append(m_deleteColumn); // the planner looks for it even when nothing was deleted this time
    if (deletesDropped)
        RunEvents::warning(lcEngine, ModuleText::tr("the module reported %n deleted record(s), which are not deleted "
                                                    "at the target: set sync.delete_column (e.g. _deleted) to "
                                                    "delete them there",
                                                    nullptr, int(deletesDropped)));
    RecordSet out;
    out.columns = columns;
    out.rows = RowSet(int(columns.size()));
    for (const QJsonObject &v : std::as_const(values))
        JsonRecords::appendRow(out.rows, v, columns);
    return out;
}

Result<QStringList> ModuleSource::start()
{
    QJsonValue next;
    FERRY_TRY(rows, read(m_lastSync, &m_interrupted, &next));
    m_cursor->setNext(next);
    m_read = std::move(rows);
    return m_read->columns;
}

Result<RecordSet> ModuleSource::fetch(const std::atomic_bool *cancel)
{
    if (cancel && cancel->load())
        return Error{ErrorCode::Cancelled, ModuleText::tr("cancelled"), {}};
    if (!m_read)
        return Error{ErrorCode::Internal, ModuleText::tr("the module source was not started"), {}};
    RecordSet out = std::move(*m_read);
    m_read.reset();
    return out;
}

Result<ConnectionInfo> ModuleSource::test(const std::atomic_bool *cancel)
{
    FERRY_TRY(rows, read(QJsonValue::Null, cancel, nullptr));
    ConnectionInfo info;
    info.object = m_module.file();
    info.rowCount = rows.rows.size();
    info.columns = rows.columns;
    info.summary = ModuleText::tr("getUpdates(null) gives %n record(s)", nullptr, int(rows.rows.size()));
    return info;
}

Result<SchemaInfo> ModuleSource::discover(const std::atomic_bool *cancel)
{
    FERRY_TRY(rows, read(QJsonValue::Null, cancel, nullptr));
    return SchemaInfo::oneTable(QFileInfo(m_module.file()).fileName(), rows.columns);
}

Result<RecordSet> ModuleSource::sample(qsizetype n, const std::atomic_bool *cancel)
{
    FERRY_TRY(rows, read(QJsonValue::Null, cancel, nullptr));
    if (rows.rows.size() <= n)
        return rows;
    RecordSet out;
    out.columns = rows.columns;
    out.rows = RowSet(int(rows.columns.size()));
    std::vector<int> all(size_t(rows.columns.size()));
    std::iota(all.begin(), all.end(), 0);
    for (qsizetype i = 0; i < n; ++i)
        out.rows.appendProjected(rows.rows, i, all);
    return out;
}

} // namespace Ferry
