#include "runhistorymodel.h"

#include <QLocale>

namespace Ferry {

RunHistoryModel::RunHistoryModel(const QString &stateDir, QObject *parent)
    : QAbstractTableModel(parent), m_stateDir(stateDir)
{}

RunHistoryModel::~RunHistoryModel() = default;

QString RunHistoryModel::statusText(const QString &status)
{
    if (status == u"succeeded")
        return tr("Succeeded");
    if (status == u"row-errors")
        return tr("Row errors");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"held")
        return tr("Held for confirmation");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"interrupted")
        return tr("Interrupted");
    if (status == u"running")
        return tr("Running");
    return status;
}

QString RunHistoryModel::durationText(qint64 ms)
{
    if (ms < 0)
        return QString();
    const QLocale l;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(l.toString(ms / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

StateStore *RunHistoryModel::store()
{
    if (!m_store) {
        auto opened = StateStore::open(m_stateDir.isEmpty() ? StateStore::defaultDirectory() : m_stateDir);
        if (!opened) {
            emit problem(tr("The run history cannot be read: %1").arg(opened.error().toString()));
            return nullptr;
        }
        m_store = std::move(opened.value());
    }
    return m_store.get();
}

void RunHistoryModel::setJob(const QString &jobId)
{
    if (jobId == m_jobId)
        return;
    m_jobId = jobId;
    reload();
}

void RunHistoryModel::reload()
{
    std::vector<RunRecord> runs;
    if (!m_jobId.isEmpty()) {
        if (StateStore *s = store()) {
            auto read = s->runs(m_jobId, 500);
            if (read)
                runs = std::move(read.value());
            else
                emit problem(tr("The run history cannot be read: %1").arg(read.error().toString()));
        }
    }
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

std::vector<BatchRecord> RunHistoryModel::batches(qint64 runId)
{
    StateStore *s = store();
    if (!s)
        return {};
    auto read = s->batches(runId);
    if (!read) {
        emit problem(tr("The run's batches cannot be read: %1").arg(read.error().toString()));
        return {};
    }
    return std::move(read.value());
}

std::vector<FailureRecord> RunHistoryModel::failures(qint64 runId)
{
    StateStore *s = store();
    if (!s)
        return {};
    auto read = s->failures(runId);
    if (!read) {
        emit problem(tr("The run's failed rows cannot be read: %1").arg(read.error().toString()));
        return {};
    }
    return std::move(read.value());
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_runs[size_t(index.row())];
    const QLocale l;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn:
            return l.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
        case DurationColumn:
            return r.finishedAt.isValid() ? durationText(r.startedAt.msecsTo(r.finishedAt)) : QString();
        case StatusColumn:
            return statusText(r.status);
        case InsertedColumn:
            return l.toString(r.counts.inserted);
        case UpdatedColumn:
            return l.toString(r.counts.updated);
        case DeletedColumn:
            return l.toString(r.counts.deleted);
        case UnchangedColumn:
            return l.toString(r.counts.unchanged);
        case FailedColumn:
            return l.toString(r.counts.failed);
        case MessageColumn:
            return r.message;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= InsertedColumn && index.column() <= FailedColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == MessageColumn && !r.message.isEmpty())
            return r.message;
        if (index.column() == StartedColumn)
            return tr("Run %1, by %2 (process %3)").arg(r.id).arg(r.ownerHost).arg(r.ownerPid);
    } else if (role == RunIdRole) {
        return r.id;
    } else if (role == StatusRole) {
        return r.status;
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case InsertedColumn:
        return tr("Inserted");
    case UpdatedColumn:
        return tr("Updated");
    case DeletedColumn:
        return tr("Deleted");
    case UnchangedColumn:
        return tr("Unchanged");
    case FailedColumn:
        return tr("Failed");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Ferry
