#include "moduletarget.h"

#include "connectorfactory.h"
#include "core/logging.h"
#include "core/runevents.h"
#include "jsonrecords.h"
#include "perchangebatch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace Ferry {

namespace {

class ModuleText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ModuleTarget)
};

// A call's failure that is the module's answer about this one record (it threw or rejected, or it hung or
// crashed on it): the change fails alone. Anything else (no Node.js, a missing export, a cancel) stops the run.
bool failsAlone(const Error &e)
{
    return e.code == ErrorCode::Server || e.code == ErrorCode::Timeout || e.code == ErrorCode::Io;
}

} // namespace

// --- ModuleBatch -------------------------------------------------------------------------------------------

class ModuleBatch final : public PerChangeBatch
{
public:
    ModuleBatch(ModuleTarget &target, const Plan &plan)
        : PerChangeBatch(plan, ModuleTarget::BatchChanges), m_target(target)
    {}

    Result<void> commit() override
    {
        return commitInOrder(m_target.m_down, [this](const Change &c, RowOutcome &o) { return write(c, o); });
    }

private:
    Result<void> write(const Change &c, RowOutcome &o);

    ModuleTarget &m_target;
};

Result<void> ModuleBatch::write(const Change &c, RowOutcome &o)
{
    QString method;
    QJsonArray args;
    const auto value = [&] {
        return QJsonDocument::fromJson(JsonRecords::object(m_plan.source->rows, c.sourceRow, m_plan.columns)).object();
    };
    const QString id = c.action == ChangeAction::Insert ? QString() : m_plan.remoteIdText(c);
    switch (c.action) {
    case ChangeAction::Insert:
        method = QStringLiteral("insert");
        args = {value()};
        break;
    case ChangeAction::Update:
        method = QStringLiteral("patch");
        args = {m_target.idValue(id), value()};
        break;
    case ChangeAction::Delete:
        method = QStringLiteral("delete");
        args = {m_target.idValue(id)};
        break;
    default:
        return {};
    }
    auto r = m_target.m_module.call(method, args, m_target.m_cancel);
    if (!r) {
        if (!failsAlone(r.error()))
            return r.error();
        o.failed = true;
        const QString key = m_plan.key(c);
        o.message = c.action == ChangeAction::Insert
                        ? ModuleText::tr("the module refused the insert of key %1: %2")
                              .arg(key, ModuleConnection::firstLine(r.error().message))
                        : ModuleText::tr("the module refused the %1 of record %2 (key %3): %4")
                              .arg(method, id, key, ModuleConnection::firstLine(r.error().message));
        return {};
    }
    if (c.action == ChangeAction::Insert) {
        // insert() answers the new id; an answer that is the record itself is taken too.
        const QJsonValue answer = *r;
        const QJsonValue newId = answer.isObject() ? answer.toObject().value(QStringLiteral("id")) : answer;
        o.remoteId = JsonRecords::idText(newId);
        if (!o.remoteId.isEmpty())
            m_target.m_idValues.insert(o.remoteId, newId);
        if (o.remoteId.isEmpty())
            RunEvents::warning(lcEngine, ModuleText::tr("the module's insert() of key %1 returned no id (%2): Ferry "
                                                        "cannot remember where the record went")
                                             .arg(m_plan.key(c), QString::fromUtf8(JsonRecords::valueText(answer))));
    } else {
        o.remoteId = id;
    }
    return {};
}

// --- ModuleTarget ------------------------------------------------------------------------------------------

ModuleTarget::ModuleTarget(const JobSpec &job, const JobSecrets &secrets, const std::atomic_bool *cancel)
    : m_module(job.moduleTarget, QStringLiteral("target"), jobBaseDir(job), secrets), m_cancel(cancel)
{}

ModuleTarget::~ModuleTarget() = default;

QString ModuleTarget::describe() const
{
    return ModuleText::tr("module %1").arg(QFileInfo(m_module.file()).fileName());
}

Capabilities ModuleTarget::capabilities() const
{
    return Capability::PerRowCrud | Capability::Delete | Capability::FreeColumns;
}

QString ModuleTarget::memoryScope() const
{
    // Tied to the account too: the same ids (1, 2, 3) name other records in another collection.
    return QStringLiteral("module:%1#%2").arg(m_module.file(), m_module.accountFingerprint());
}

QJsonValue ModuleTarget::idValue(const QString &id) const
{
    return m_idValues.value(id, QJsonValue(id));
}

Result<void> ModuleTarget::open()
{
    return m_module.open(m_cancel);
}

Result<ModuleTarget::Listing> ModuleTarget::list(const std::atomic_bool *cancel)
{
    FERRY_TRY(answer, m_module.call(QStringLiteral("getUpdates"), QJsonArray{QJsonValue::Null}, cancel));
    const QString field = QStringLiteral("target.file");
    const QJsonValue entries = answer.toObject().value(QStringLiteral("entries"));
    if (!entries.isArray())
        return Error{ErrorCode::Server,
                     ModuleText::tr("getUpdates(null) answered %1, not {nextSync, entries: [{id, type, value}]}: "
                                    "fix the module")
                         .arg(QString::fromUtf8(JsonRecords::valueText(answer).left(120))),
                     m_module.file(), field};
    Listing out;
    QSet<QString> seen;
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        const QString id = JsonRecords::idText(e.value(QStringLiteral("id")));
        const QString type = e.value(QStringLiteral("type")).toString(QStringLiteral("upsert"));
        if (id.isEmpty())
            return Error{ErrorCode::Server,
                         ModuleText::tr("entry %1 of getUpdates(null) has no id (text or a whole number): fix the "
                                        "module")
                             .arg(i + 1),
                         m_module.file(), field};
        if (type == u"delete")
            continue;
        if (!e.value(QStringLiteral("value")).isObject())
            return Error{ErrorCode::Server,
                         ModuleText::tr("entry %1 (id %2) of getUpdates(null) has no value object: fix the module")
                             .arg(i + 1)
                             .arg(id),
                         m_module.file(), field};
        if (seen.contains(id))
            return Error{
                ErrorCode::Server,
                ModuleText::tr("getUpdates(null) lists id %1 twice: a full listing names each record once").arg(id),
                m_module.file(), field};
        seen.insert(id);
        out.ids.append(id);
        out.idValues.append(e.value(QStringLiteral("id")));
        out.values.append(e.value(QStringLiteral("value")).toObject());
    }
    return out;
}

Result<TargetSnapshot> ModuleTarget::index(const QStringList &columns)
{
    FERRY_TRY(listing, list(m_cancel));
    TargetSnapshot s;
    s.columns = columns;
    s.rows = RowSet(int(columns.size()));
    for (qsizetype i = 0; i < listing.ids.size(); ++i) {
        QJsonObject record = listing.values.at(i);
        m_memory.fillUnechoed(record, listing.ids.at(i), columns); // fields the module does not give back
        JsonRecords::appendRow(s.rows, record, columns);
        s.ids.push_back(s.idTexts.size());
        s.idTexts.append(listing.ids.at(i));
        m_idValues.insert(listing.ids.at(i), listing.idValues.at(i));
    }
    RunEvents::debug(
        lcEngine,
        ModuleText::tr("%n record(s) listed by the module %1", nullptr, int(listing.ids.size())).arg(m_module.file()));
    return s;
}

std::unique_ptr<TargetBatch> ModuleTarget::newBatch(const Plan &plan)
{
    if (auto r = open(); !r)
        m_down = r.error();
    return std::make_unique<ModuleBatch>(*this, plan);
}

Result<ConnectionInfo> ModuleTarget::test(const std::atomic_bool *cancel)
{
    FERRY_TRY(listing, list(cancel ? cancel : m_cancel));
    ConnectionInfo info;
    info.object = m_module.file();
    info.rowCount = listing.ids.size();
    info.columns = JsonRecords::columnsOf(listing.values);
    info.summary = ModuleText::tr("the module lists %n record(s)", nullptr, int(listing.ids.size()));
    return info;
}

Result<SchemaInfo> ModuleTarget::discover(const std::atomic_bool *cancel)
{
    FERRY_TRY(listing, list(cancel ? cancel : m_cancel));
    return SchemaInfo::oneTable(QFileInfo(m_module.file()).fileName(), JsonRecords::columnsOf(listing.values));
}

Result<RecordSet> ModuleTarget::sample(qsizetype n, const std::atomic_bool *cancel)
{
    FERRY_TRY(listing, list(cancel ? cancel : m_cancel));
    const QList<QJsonObject> first = listing.values.mid(0, n);
    RecordSet out;
    out.columns = JsonRecords::columnsOf(first);
    out.rows = RowSet(int(out.columns.size()));
    for (const QJsonObject &o : first)
        JsonRecords::appendRow(out.rows, o, out.columns);
    return out;
}

} // namespace Ferry
