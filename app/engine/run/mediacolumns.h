// The Fliplet target's file columns in a run: after mapping, each row's file (a local path or a remote URL)
// is read and looked up in Fliplet media by checksum. A file already there puts its URL in the column and its
// id in <column>MediaFileId, so the planner compares them with the entry and a second run changes nothing. A
// file not there yet is planned as "upload <name>" (the preview shows it; preparing uploads nothing), and
// apply uploads it before the rows are written. A file that cannot be read, or whose upload is refused,
// fails its row alone.
#pragma once

#include "connectors/flipletmedia.h"
#include "connectors/mediafilefetcher.h"
#include "core/plan.h"
#include "job/jobspec.h"
#include "mediachecksumcache.h"
#include "secrets/jobsecrets.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <vector>

namespace Ferry {

class FlipletDataSource;

class MediaColumns final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::MediaColumns)
public:
    // stateDir: where the checksums of local files are remembered between runs (empty: nowhere).
    // secrets: the job's, resolved (the file columns' secret headers are among them).
    MediaColumns(const JobSpec &job, const JobSecrets &secrets, QString baseDir, QString stateDir,
                 FlipletDataSource &target, const std::atomic_bool *cancel);
    Q_DISABLE_COPY_MOVE(MediaColumns)

    // The mapped columns plus <column>MediaFileId for each file column (the target is indexed for these).
    QStringList withIdColumns(const QStringList &columns) const;

    // Reads Fliplet media (no writes) and every row's files; rows come with the columns withIdColumns() gave.
    // Fails only as a whole (the media API answers nonsense, a file column the source lacks); a file that
    // cannot be read is its row's error.
    Result<RecordSet> resolve(const RecordSet &rows);
    // Distinct files this plan would upload: those of the rows it writes.
    qsizetype plannedUploads(const Plan &plan) const;

    // Uploads the pending files of the rows this plan writes and returns the plan with their URLs and ids in
    // place; rows whose upload failed become errors. uploaded: the files uploaded.
    Result<std::shared_ptr<const Plan>> upload(const std::shared_ptr<const Plan> &plan, qsizetype &uploaded);

private:
    struct Cell
    {
        qsizetype row;
        int file; // index into m_files
    };
    struct Pending
    {
        QString name;
        QString location;
        QByteArray md5;
        int file = -1; // the file column of the first cell, index into m_files
        QString value; // and its value (path or URL): read again for the upload
        std::vector<Cell> cells;
    };
    struct Active
    {
        FlipletFileColumn spec;
        int column = -1;   // in the rows
        int idColumn = -1; // in the rows (appended, or the source's own)
    };

    static std::vector<char> writtenRows(const Plan &plan); // per source row: whether the plan inserts or updates it
    Result<MediaFile> uploadPending(const Pending &p);
    QString rowKey(const RecordSet &rows, qsizetype row, const QString &separator) const;

    JobSpec m_job;
    FlipletMedia m_media;
    MediaFileFetcher m_fetcher;
    MediaChecksumCache m_checksums;
    const std::atomic_bool *m_cancel;
    std::vector<Active> m_files;
    std::vector<int> m_keyColumns;
    std::vector<Pending> m_pending;
    QHash<QByteArray, qsizetype> m_pendingByMd5;
};

} // namespace Ferry
