#include "joblistmodel.h"

#include "jobdescription.h"
#include "runcontroller.h"
#include "runhistorymodel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Ferry {

namespace {

QString relativeTime(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today.addDays(-1))
        return JobListModel::tr("yesterday %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

JobListModel::JobListModel(const QString &jobDirectory, RunController *runs, QObject *parent)
    : QAbstractTableModel(parent), m_store(jobDirectory), m_runs(runs)
{
    // Editors save through QSaveFile (a rename): several change signals in a row, one reload.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &JobListModel::reload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &JobListModel::scheduleReload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &JobListModel::scheduleReload);
    if (m_runs) {
        connect(m_runs, &RunController::runStarted, this, [this](const QString &jobId) { updateRunState(jobId); });
        connect(m_runs, &RunController::progressChanged, this, &JobListModel::updateRunState);
        connect(m_runs, &RunController::runFinished, this, [this](const QString &jobId) {
            reloadLastRuns();
            updateRunState(jobId);
        });
    }
    if (auto made = m_store.ensureExists(); !made)
        m_lastProblem = made.error().toString();
    reload();
}

JobListModel::~JobListModel() = default;

void JobListModel::scheduleReload()
{
    m_reloadTimer.start();
}

void JobListModel::reload()
{
    std::vector<JobStoreEntry> scanned = m_store.scan();
    QHash<QString, size_t> byPath;
    for (size_t i = 0; i < scanned.size(); ++i)
        byPath.insert(scanned[i].path, i);
    // Rows whose file is gone, from the bottom up.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (byPath.contains(m_entries[size_t(row)].path))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.erase(m_entries.begin() + row);
        endRemoveRows();
    }
    // Rows still there: take the file's current content.
    std::vector<bool> seen(scanned.size(), false);
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const size_t i = byPath.value(m_entries[size_t(row)].path);
        seen[i] = true;
        m_entries[size_t(row)] = std::move(scanned[i]);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // New files at the end.
    std::vector<JobStoreEntry> added;
    for (size_t i = 0; i < scanned.size(); ++i)
        if (!seen[i])
            added.push_back(std::move(scanned[i]));
    if (!added.empty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (JobStoreEntry &e : added)
            m_entries.push_back(std::move(e));
        endInsertRows();
    }
    watchFiles();
    reloadLastRuns();
    emit reloaded();
}

void JobListModel::watchFiles()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (m_watcher.directories().isEmpty() && QFileInfo(m_store.directory()).isDir())
        m_watcher.addPath(m_store.directory());
    QStringList files;
    for (const JobStoreEntry &e : m_entries)
        files.append(e.path);
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

void JobListModel::reloadLastRuns()
{
    if (!m_state) {
        auto opened = StateStore::open(m_runs && !m_runs->stateDir().isEmpty() ? m_runs->stateDir()
                                                                               : StateStore::defaultDirectory());
        if (!opened) {
            const QString message = tr("The run history cannot be read: %1").arg(opened.error().toString());
            if (message != m_lastProblem) {
                m_lastProblem = message;
                emit problem(message);
            }
            return;
        }
        m_state = std::move(opened.value());
    }
    auto runs = m_state->lastRuns();
    if (!runs) {
        emit problem(tr("The run history cannot be read: %1").arg(runs.error().toString()));
        return;
    }
    m_lastRuns.clear();
    for (RunRecord &r : *runs)
        m_lastRuns.insert(r.jobId, std::move(r));
    if (!m_entries.empty())
        emit dataChanged(index(0, LastRunColumn), index(int(m_entries.size()) - 1, ChangesColumn));
}

void JobListModel::updateRunState(const QString &jobId)
{
    const int row = rowOfJob(jobId);
    if (row >= 0)
        emit dataChanged(index(row, LastRunColumn), index(row, ChangesColumn));
}

int JobListModel::rowOfJob(const QString &jobId) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].loaded && m_entries[i].loaded->job.id == jobId)
            return int(i);
    return -1;
}

int JobListModel::rowOfPath(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].path == wanted)
            return int(i);
    return -1;
}

std::optional<RunRecord> JobListModel::lastRun(const QString &jobId) const
{
    const auto it = m_lastRuns.constFind(jobId);
    if (it == m_lastRuns.cend())
        return std::nullopt;
    return *it;
}

QStringList JobListModel::jobIds() const
{
    QStringList ids;
    for (const JobStoreEntry &e : m_entries)
        if (e.loaded)
            ids.append(e.loaded->job.id);
    return ids;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::status(const JobStoreEntry &e) const
{
    if (!e.loaded)
        return QStringLiteral("broken");
    const QString &id = e.loaded->job.id;
    if (m_runs) {
        if (const JobRun *run = m_runs->activeRun(id))
            return run->kind() == JobRun::Kind::Preview && run->state() != JobRun::State::Applying
                       ? QStringLiteral("previewing")
                       : QStringLiteral("running");
    }
    const auto it = m_lastRuns.constFind(id);
    return it == m_lastRuns.cend() ? QStringLiteral("never") : it->status;
}

QVariant JobListModel::lastRunText(const JobStoreEntry &e) const
{
    const QString s = status(e);
    if (s == u"broken")
        return tr("Cannot be read");
    if (s == u"never")
        return tr("Never run");
    if (s == u"previewing" || s == u"running") {
        const auto p = m_runs ? m_runs->progress(e.loaded->job.id) : std::nullopt;
        const QString what = s == u"previewing" ? tr("Previewing") : tr("Running");
        if (!p)
            return what;
        const QLocale l;
        if (p->phase == RunPhase::Applying && p->planned > 0) {
            const qint64 eta = p->etaSeconds(QDateTime::currentMSecsSinceEpoch());
            QString text = tr("%1: %2 of %3 confirmed, %4 sent")
                               .arg(what, l.toString(p->done()), l.toString(p->planned), l.toString(p->sent));
            if (eta >= 0)
                text += tr(", about %n s left", nullptr, int(eta));
            return text;
        }
        if (p->phase == RunPhase::Reading && p->phaseCount > 0)
            return tr("%1: %2 rows read").arg(what, l.toString(p->phaseCount));
        if (p->phase == RunPhase::Planned)
            return tr("Preview ready");
        return tr("%1: %2").arg(what, runPhaseName(p->phase));
    }
    const RunRecord &r = m_lastRuns[e.loaded->job.id];
    return tr("%1 · %2").arg(RunHistoryModel::statusText(r.status), relativeTime(r.startedAt));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobStoreEntry &e = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return e.displayName();
        case RouteColumn:
            return e.loaded ? JobDescription::sourceToTarget(e.loaded->job) : e.error->message;
        case ScheduleColumn:
            return e.loaded ? JobDescription::schedule(e.loaded->job, QDateTime::currentDateTime(),
                                                       m_allPaused || m_pausedJobs.contains(e.loaded->job.id))
                            : QString();
        case LastRunColumn:
            if (role == SortRole && e.loaded) {
                const auto r = lastRun(e.loaded->job.id);
                return r ? r->startedAt : QDateTime();
            }
            return lastRunText(e);
        case ChangesColumn:
            if (e.loaded) {
                if (const auto r = lastRun(e.loaded->job.id); r && status(e) == r->status)
                    return countsSummary(r->counts);
            }
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        if (!e.loaded)
            return tr("%1\n%2").arg(QDir::toNativeSeparators(e.path), e.error->toString());
        if (index.column() == LastRunColumn || index.column() == ChangesColumn) {
            if (const auto r = lastRun(e.loaded->job.id); r && !r->message.isEmpty())
                return r->message;
        }
        return QDir::toNativeSeparators(e.path);
    case JobIdRole:
        return e.loaded ? e.loaded->job.id : QString();
    case PathRole:
        return e.path;
    case StatusRole:
        return status(e);
    case ProgressRole:
        if (e.loaded && m_runs && index.column() == LastRunColumn) {
            const auto p = m_runs->progress(e.loaded->job.id);
            if (p && p->phase == RunPhase::Applying && p->planned > 0)
                return int(std::min<qint64>(1000, 1000 * p->done() / p->planned));
        }
        return -1;
    }
    return {};
}

void JobListModel::setPaused(const QSet<QString> &jobIds, bool all)
{
    m_pausedJobs = jobIds;
    m_allPaused = all;
    refreshSchedules(); // the next times move on anyway: the column is shown again either way
}

void JobListModel::refreshSchedules()
{
    if (!m_entries.empty())
        emit dataChanged(index(0, ScheduleColumn), index(rowCount() - 1, ScheduleColumn), {Qt::DisplayRole});
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Job");
    case RouteColumn:
        return tr("Source → Target");
    case ScheduleColumn:
        return tr("Schedule");
    case LastRunColumn:
        return tr("Last run");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

} // namespace Ferry
