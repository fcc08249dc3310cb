// The job store: the folder of job files that the desktop app edits and ferry-cli runs (`ferry-cli run
// --all`, or a job by name). One file per job; files are written atomically; a deleted job's file is moved
// to a `.deleted` folder beside them, never erased, so a slip of the hand can be undone by moving it back.
// Files written by hand or another program are listed like the app's own, broken ones with their error.
#pragma once

#include "core/result.h"
#include "jobfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Ferry {

struct JobStoreEntry
{
    QString path; // absolute
    QDateTime modified;
    std::optional<LoadedJob> loaded; // unset when the file could not be read: see error
    std::optional<Error> error;

    bool ok() const { return loaded.has_value(); }
    QString displayName() const; // the job's name, or the file name when the file is broken
};

class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::JobStore)

public:
    explicit JobStore(QString directory);
    // $FERRY_JOBS_DIR when set, otherwise "jobs" in the user's config folder (~/.config/Ferry/jobs).
    static QString defaultDirectory();
    // A job file's suffix in the store.
    static bool isJobFileName(const QString &fileName);

    const QString &directory() const { return m_directory; }
    // Creates the folder (0700: job files name servers and users) when it is missing.
    Result<void> ensureExists() const;

    // Every job file in the folder, by name (case-insensitively), broken ones included.
    std::vector<JobStoreEntry> scan() const;
    // The job whose name (case-insensitively), id or file name (with or without .yaml) is nameOrId. Several
    // jobs of one name are an error naming their files.
    Result<JobStoreEntry> find(const QString &nameOrId) const;

    // Writes the job in Ferry's format: to path when given (an edit), otherwise to a new file named after
    // the job. Refuses an id that another file of the store already uses. Returns the file's path.
    Result<QString> save(const JobSpec &job, const QString &path = QString()) const;
    // A free file path for a job of that name: "CRM contacts" → ".../crm-contacts.yaml" (-2, -3 … if taken).
    QString newPathFor(const QString &jobName) const;
    // An id no job of the store has, derived from the name ("crm-contacts", "crm-contacts-2" …).
    QString newIdFor(const QString &jobName) const;
    // Moves the file to the store's .deleted folder; returns where it went.
    Result<QString> remove(const QString &path) const;

private:
    QString slug(const QString &name) const;

    QString m_directory;
};

} // namespace Ferry
