// Source: the entries of a Fliplet data source (Fliplet Agent's pull), read with POST
// v1/data-sources/<id>/data/query and the job's where and attributes. Each entry is a row: its id and
// timestamps (fliplet_entry_id, fliplet_created_at, fliplet_updated_at), then the fields of its data.
#pragma once

#include "flipletdatasource.h"
#include "job/jobspec.h"
#include "source.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace Ferry {

struct ConnectorType;
// The registry's entry (connectorregistry.h): fields, and the factory.
ConnectorType flipletSourceType();

class FlipletSource final : public Source
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletSource)
public:
    FlipletSource(FlipletSourceSpec spec, QString token, RetrySpec retry);
    Q_DISABLE_COPY_MOVE(FlipletSource)

    QString describe() const override;
    Capabilities capabilities() const override;
    // GET v1/user (the token), GET v1/data-sources/<id> (the data source), then the job's query: how many
    // entries it returns and their columns. One attempt each.
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    // Every data source the token sees (dataSources), and each as a table with its declared columns; the
    // job's data source, when it declares none, with the fields its entries use (this runs the query).
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    // The first n entries the query returns. The API has no paging: the whole answer is downloaded.
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<QStringList> start() override;
    Result<RecordSet> fetch(const std::atomic_bool *cancel) override;
    void interrupt() override { m_interrupted = true; }

    // The body of the query request: {"where":…,"attributes":[…]}, only the keys the job sets.
    QByteArray queryBody() const;

private:
    // An API client made on the calling thread (its network access lives there).
    std::unique_ptr<FlipletDataSource> client(const std::atomic_bool *cancel) const;
    Result<RecordSet> runQuery(FlipletDataSource &api, qsizetype limit, bool once) const;

    FlipletSourceSpec m_spec;
    QString m_token;
    RetrySpec m_retry;
    std::atomic_bool m_interrupted{false};
    RecordSet m_rows;
};

} // namespace Ferry
