#include "jobstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace Ferry {

namespace {

const QString DeletedFolder = QStringLiteral(".deleted");

// A relative path of the job (a SQLite file, a secret file) made absolute against the folder it was
// written for, so the job still finds it from another folder.
QString absoluteFrom(const QDir &from, const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path == u":memory:")
        return path;
    return QDir::cleanPath(from.absoluteFilePath(path));
}

void rebaseSecret(const QDir &from, SecretRef &ref)
{
    if (ref.reference.startsWith(u"file:"))
        ref.reference = QStringLiteral("file:") + absoluteFrom(from, ref.reference.mid(5));
}

JobSpec rebased(JobSpec job, const QString &newPath)
{
    if (job.sourcePath.isEmpty())
        return job;
    const QDir from = QFileInfo(job.sourcePath).absoluteDir();
    if (from == QFileInfo(newPath).absoluteDir())
        return job;
    if (job.sql.driver == u"sqlite")
        job.sql.host = absoluteFrom(from, job.sql.host);
    rebaseSecret(from, job.sql.password);
    rebaseSecret(from, job.fliplet.authToken);
    rebaseSecret(from, job.flipletSource.authToken);
    job.sqlite.path = absoluteFrom(from, job.sqlite.path);
    for (FlipletFileColumn &c : job.fliplet.files)
        if (c.type == FlipletFileColumn::Type::Local) // empty: the job's folder, which this one was
            c.directory = c.directory.isEmpty() ? from.absolutePath() : absoluteFrom(from, c.directory);
    if (job.sourceKind == SourceKind::Csv || job.sourceKind == SourceKind::Json)
        job.file.path = absoluteFrom(from, job.file.path);
    if (job.targetKind == TargetKind::Sql) {
        if (job.sqlTarget.connection.driver == u"sqlite")
            job.sqlTarget.connection.host = absoluteFrom(from, job.sqlTarget.connection.host);
        rebaseSecret(from, job.sqlTarget.connection.password);
    }
    rebaseSecret(from, job.webhook.signingSecret);
    job.hooks.file = absoluteFrom(from, job.hooks.file);
    job.moduleSource.file = absoluteFrom(from, job.moduleSource.file);
    job.moduleTarget.file = absoluteFrom(from, job.moduleTarget.file);
    for (auto &kv : job.moduleSource.secrets)
        rebaseSecret(from, kv.second);
    for (auto &kv : job.moduleTarget.secrets)
        rebaseSecret(from, kv.second);
    return job;
}

} // namespace

QString JobStoreEntry::displayName() const
{
    if (loaded && !loaded->job.name.isEmpty())
        return loaded->job.name;
    return QFileInfo(path).completeBaseName();
}

JobStore::JobStore(QString directory) : m_directory(QDir::cleanPath(QDir(directory).absolutePath())) {}

QString JobStore::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("FERRY_JOBS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/jobs");
}

bool JobStore::isJobFileName(const QString &fileName)
{
    return !fileName.startsWith(u'.') &&
           (fileName.endsWith(u".yaml", Qt::CaseInsensitive) || fileName.endsWith(u".yml", Qt::CaseInsensitive));
}

Result<void> JobStore::ensureExists() const
{
    QDir dir(m_directory);
    if (dir.exists())
        return {};
    if (!QDir().mkpath(m_directory))
        return Error{ErrorCode::Io, tr("cannot create the job folder: check that you may write there"), m_directory};
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
}

std::vector<JobStoreEntry> JobStore::scan() const
{
    std::vector<JobStoreEntry> entries;
    const QFileInfoList files = QDir(m_directory).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        if (!isJobFileName(info.fileName()))
            continue;
        JobStoreEntry entry;
        entry.path = info.absoluteFilePath();
        entry.modified = info.lastModified();
        auto loaded = loadJobFile(entry.path);
        if (loaded)
            entry.loaded = std::move(loaded.value());
        else
            entry.error = loaded.error();
        entries.push_back(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const JobStoreEntry &a, const JobStoreEntry &b) {
        return a.displayName().compare(b.displayName(), Qt::CaseInsensitive) < 0;
    });
    return entries;
}

Result<JobStoreEntry> JobStore::find(const QString &nameOrId) const
{
    std::vector<JobStoreEntry> matches;
    std::vector<JobStoreEntry> all = scan();
    for (JobStoreEntry &e : all) {
        const QFileInfo info(e.path);
        const bool byFile = info.fileName() == nameOrId || info.completeBaseName() == nameOrId;
        const bool byJob = e.loaded && (e.loaded->job.id == nameOrId ||
                                        e.loaded->job.name.compare(nameOrId, Qt::CaseInsensitive) == 0);
        if (byFile || byJob)
            matches.push_back(std::move(e));
    }
    if (matches.empty())
        return Error{ErrorCode::NotFound,
                     tr("no job named '%1' in the job folder (%2): give a job file's path, or the name of a job "
                        "the Ferry app shows")
                         .arg(nameOrId, m_directory),
                     {}};
    if (matches.size() > 1) {
        QStringList files;
        for (const JobStoreEntry &e : matches)
            files.append(QFileInfo(e.path).fileName());
        return Error{ErrorCode::InvalidConfig,
                     tr("%1 jobs are named '%2' (%3): give the file name instead, or rename one")
                         .arg(matches.size())
                         .arg(nameOrId, files.join(QStringLiteral(", "))),
                     m_directory};
    }
    return std::move(matches.front());
}

QString JobStore::slug(const QString &name) const
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString s = name.normalized(QString::NormalizationForm_KD).toLower();
    s.replace(notWord, QStringLiteral("-"));
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    s.truncate(60);
    return s.isEmpty() ? QStringLiteral("job") : s;
}

QString JobStore::newPathFor(const QString &jobName) const
{
    const QString base = slug(jobName);
    const QDir dir(m_directory);
    QString candidate = dir.filePath(base + QStringLiteral(".yaml"));
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(dir.filePath(base + QStringLiteral(".yml"))); ++n)
        candidate = dir.filePath(QStringLiteral("%1-%2.yaml").arg(base).arg(n));
    return candidate;
}

QString JobStore::newIdFor(const QString &jobName) const
{
    QStringList taken;
    for (const JobStoreEntry &e : scan())
        if (e.loaded)
            taken.append(e.loaded->job.id);
    const QString base = slug(jobName);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

Result<QString> JobStore::save(const JobSpec &job, const QString &path) const
{
    if (auto made = ensureExists(); !made)
        return made.error();
    const QString target = path.isEmpty() ? newPathFor(job.name) : QFileInfo(path).absoluteFilePath();
    for (const JobStoreEntry &e : scan()) {
        if (e.loaded && e.loaded->job.id == job.id && QFileInfo(e.path) != QFileInfo(target))
            return Error{ErrorCode::InvalidConfig,
                         tr("the job '%1' in %2 already has the id '%3': give this job another id")
                             .arg(e.displayName(), QFileInfo(e.path).fileName(), job.id),
                         target, QStringLiteral("id")};
    }
    if (auto written = saveJobFile(rebased(job, target), target); !written)
        return written.error();
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

Result<QString> JobStore::remove(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound, tr("the job file is gone already"), path};
    const QDir deleted(QDir(m_directory).filePath(DeletedFolder));
    if (!deleted.exists() && !QDir().mkpath(deleted.path()))
        return Error{ErrorCode::Io, tr("cannot create the folder for deleted jobs"), deleted.path()};
    QString destination = deleted.filePath(info.fileName());
    for (int n = 2; QFileInfo::exists(destination); ++n)
        destination =
            deleted.filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    if (!QFile::rename(info.absoluteFilePath(), destination))
        return Error{ErrorCode::Io,
                     tr("cannot move the job file to %1: check that you may write there").arg(destination), path};
    return destination;
}

} // namespace Ferry
