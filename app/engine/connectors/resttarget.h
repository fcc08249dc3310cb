// The generic REST CRUD target, the shape of sync platforms' data-source modules: list (all pages), insert
// (POST, which answers the new record and its id), patch (PATCH or PUT) and delete, on configurable paths
// (/contacts, /contacts/{id}), id field and body envelope ({"data": …} or none), with extra headers. Records
// are written one by one: one the service refuses fails alone (a per-row outcome).
//
// The index lists every page and maps records to keys by their fields; a record that lacks a field the job
// writes (the service does not echo the key, say) takes it from what Ferry remembers writing to that id.
#pragma once

#include "httpauth.h"
#include "httpclient.h"
#include "httptransport.h"
#include "job/jobspec.h"
#include "secrets/jobsecrets.h"
#include "target.h"
#include "targetmemory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Ferry {

class RestTarget final : public Target
{
public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int BatchChanges = 100; // changes per batch: the memory and journal advance after each

    // secrets: the job's resolved secrets (target.auth.*); baseDir: the job file's folder (a relative CA
    // bundle, a rotated refresh token saved to a relative file).
    RestTarget(RestTargetSpec spec, RetrySpec retry, const std::atomic_bool *cancel, JobSecrets secrets = {},
               QString baseDir = {});
    ~RestTarget() override;

    QString describe() const override;
    Capabilities capabilities() const override;
    // Lists the first page: the list answers, and how many records it holds (X-Total-Count, when sent).
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    // The fields seen in the first page's records.
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    // The first n records of the list.
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<void> open() override;
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;
    QString memoryScope() const override;
    void setMemory(std::vector<RememberedRecord> records) override { m_memory.set(std::move(records)); }

    // Where things are (exposed for the batch).
    QUrl listUrl() const;
    QUrl itemUrl(const QString &id) const;
    QString idField() const;

private:
    friend class RestBatch;
    struct Page
    {
        QJsonArray records;
        qint64 total = -1; // X-Total-Count, when sent
        QUrl next;         // Link rel="next", when sent
    };
    // Makes the transport and the credentials (once, on the calling thread); cancel: the operation's flag.
    Result<void> connect(const std::atomic_bool *cancel);
    // A client of this target's transport (TLS, proxy, rate limit, timeout).
    std::unique_ptr<HttpClient> newClient(RetrySpec retry, const std::atomic_bool *cancel) const;
    Result<Page> fetchPage(HttpClient &client, const QUrl &url);
    QUrl pageUrl(int page, int limit) const;
    HttpRequest request(const QByteArray &method, const QUrl &url) const;
    QByteArray wrap(const QByteArray &record) const;
    // The record inside an answer (the envelope's, or the answer itself).
    QJsonObject unwrap(const QByteArray &body) const;
    Error answerError(const HttpOutcome &o, const QUrl &url, const QString &field) const;
    // A 401 or 403 that renewing did not cure: names target.auth's field to fix.
    Error refusedError(const HttpResponse &response, const QString &what) const;

    RestTargetSpec m_spec;
    RetrySpec m_retry;
    const std::atomic_bool *m_cancel;
    JobSecrets m_secrets;
    QString m_baseDir;
    std::shared_ptr<HttpTransport> m_transport;
    std::unique_ptr<HttpAuth> m_auth;
    std::unique_ptr<HttpClient> m_client; // made on the thread that uses the target
    TargetMemory m_memory;
    std::optional<Error> m_down; // the service became unreachable: later batches fail at once
};

} // namespace Ferry
