// A connector module as a job's source (docs/extensions.md, "Connector modules"): getUpdates(lastSync) gives
// what changed since the last confirmed run, {nextSync, entries: [{id, type, value}]}; each entry's value is a
// row. The cursor (nextSync) is handed to the caller (cursor()) and kept only once the run is confirmed
// (run/modulecursorstore), so a failed or cancelled run reads the same changes again.
#pragma once

#include "job/jobspec.h"
#include "moduleconnection.h"
#include "moduleentries.h"
#include "source.h"

#include <QJsonValue>
#include <QMutex>

#include <memory>
#include <optional>

namespace Ferry {

// Where a run's module source leaves the nextSync of its read; shared with the run that keeps it.
class ModuleSourceCursor
{
public:
    void setNext(const QJsonValue &next, qsizetype deletesDropped = 0);
    std::optional<QJsonValue> next() const;
    // Delete entries of the read left out (no sync.delete_column): nextSync must not pass them.
    qsizetype deletesDropped() const;

private:
    mutable QMutex m_mutex;
    std::optional<QJsonValue> m_next;
    qsizetype m_deletesDropped = 0;
};

class ModuleSource final : public Source
{
public:
    ModuleSource(const JobSpec &job, const JobSecrets &secrets);
    ~ModuleSource() override;

    // Before start(): the nextSync the last confirmed run left (null: everything).
    void setLastSync(const QJsonValue &lastSync) { m_lastSync = lastSync; }
    std::shared_ptr<ModuleSourceCursor> cursor() const { return m_cursor; }
    QString moduleFile() const { return m_module.file(); }
    // Identifies the account the module is given (ModuleConnection::accountFingerprint).
    QString accountFingerprint() const { return m_module.accountFingerprint(); }

    QString describe() const override;
    Capabilities capabilities() const override;
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<QStringList> start() override;
    Result<RecordSet> fetch(const std::atomic_bool *cancel) override;
    void interrupt() override { m_interrupted = true; }

private:
    Result<RecordSet> read(const QJsonValue &lastSync, const std::atomic_bool *cancel, QJsonValue *next,
                           qsizetype *deletesDropped = nullptr);

    ModuleConnection m_module;
    ModuleEntries::Options m_entryOptions; // how entries become rows: the key column, sync.delete_column
    QJsonValue m_lastSync;
    std::shared_ptr<ModuleSourceCursor> m_cursor = std::make_shared<ModuleSourceCursor>();
    std::optional<RecordSet> m_read;
    std::atomic_bool m_interrupted{false};
};

} // namespace Ferry
