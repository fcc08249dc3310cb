// A connector module as a job's target (docs/extensions.md, "Connector modules"): the index is
// getUpdates(null), a full listing of {id, value}; changes go out one by one through insert(value) (the new
// id), patch(id, value) and delete(id). A change the module refuses (it throws) fails alone with the
// module's message; key -> remote id is remembered in the state store (memoryScope()).
#pragma once

#include "job/jobspec.h"
#include "moduleconnection.h"
#include "target.h"
#include "targetmemory.h"

#include <QHash>
#include <QJsonValue>

#include <optional>

namespace Ferry {

class ModuleTarget final : public Target
{
public:
    static constexpr int BatchChanges = 100; // changes per batch: the memory and journal advance after each

    ModuleTarget(const JobSpec &job, const JobSecrets &secrets, const std::atomic_bool *cancel);
    ~ModuleTarget() override;

    QString describe() const override;
    Capabilities capabilities() const override;
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<void> open() override;
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;
    QString memoryScope() const override;
    void setMemory(std::vector<RememberedRecord> records) override { m_memory.set(std::move(records)); }

private:
    friend class ModuleBatch;
    struct Listing
    {
        QStringList ids;
        QList<QJsonValue> idValues; // the ids as the module gave them (a number stays a number)
        QList<QJsonObject> values;
    };
    // getUpdates(null): every record the module holds (entries of type delete left out).
    Result<Listing> list(const std::atomic_bool *cancel);
    // The id as the module gave it (listing, insert()), for patch() and delete(): modules compare with ===.
    QJsonValue idValue(const QString &id) const;

    ModuleConnection m_module;
    const std::atomic_bool *m_cancel;
    TargetMemory m_memory;
    QHash<QString, QJsonValue> m_idValues; // id text -> the id's JSON value
    std::optional<Error> m_down;           // the module cannot be called any more: later batches fail at once
};

} // namespace Ferry
