#include "modulesource.h"

#include "connectorfactory.h"
#include "core/logging.h"
#include "core/runevents.h"
#include "jsonrecords.h"
#include "moduleentries.h"

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

void ModuleSourceCursor::setNext(const QJsonValue &next, qsizetype deletesDropped)
{
    QMutexLocker lock(&m_mutex);
    m_next = next;
    m_deletesDropped = deletesDropped;
}

qsizetype ModuleSourceCursor::deletesDropped() const
{
    QMutexLocker lock(&m_mutex);
    return m_deletesDropped;
}

std::optional<QJsonValue> ModuleSourceCursor::next() const
{
    QMutexLocker lock(&m_mutex);
    return m_next;
}

ModuleSource::ModuleSource(const JobSpec &job, const JobSecrets &secrets)
    : m_module(job.moduleSource, QStringLiteral("source"), jobBaseDir(job), secrets), m_lastSync(QJsonValue::Null)
{
    m_entryOptions.keyColumn = ModuleEntries::keyColumnOf(job);
    m_entryOptions.deleteColumn = job.rules.deleteColumn;
    m_entryOptions.file = m_module.file();
    for (const FieldMapping &m : job.mapping)
        m_entryOptions.mappedColumns.append(m.from);
}

ModuleSource::~ModuleSource() = default;

QString ModuleSource::describe() const
{
    return ModuleText::tr("module %1").arg(QFileInfo(m_module.file()).fileName());
}

Capabilities ModuleSource::capabilities() const
{
    return Capability::ChangesSince | Capability::FreeColumns;
}

Result<RecordSet> ModuleSource::read(const QJsonValue &lastSync, const std::atomic_bool *cancel, QJsonValue *next,
                                     qsizetype *deletesDropped)
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
    FERRY_TRY(read, ModuleEntries::read(entries.toArray(), m_entryOptions));
    if (read.deletesDropped)
        RunEvents::warning(lcEngine, ModuleText::tr("the module reported %n deleted record(s), which are not deleted "
                                                    "at the target: set sync.delete_column (e.g. _deleted) to "
                                                    "delete them there; until then the module source's position "
                                                    "(nextSync) is not advanced, so the next run reads them again",
                                                    nullptr, int(read.deletesDropped)));
    if (read.combined)
        RunEvents::debug(lcEngine, ModuleText::tr("%n entry(ies) of getUpdates() replaced by a later entry of the same "
                                                  "id",
                                                  nullptr, int(read.combined)));
    if (deletesDropped)
        *deletesDropped = read.deletesDropped;
    return std::move(read.records);
}

Result<QStringList> ModuleSource::start()
{
    QJsonValue next;
    qsizetype deletesDropped = 0;
    FERRY_TRY(rows, read(m_lastSync, &m_interrupted, &next, &deletesDropped));
    m_cursor->setNext(next, deletesDropped);
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
