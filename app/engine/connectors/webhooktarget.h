// The webhook target: one JSON POST per change to a web service (the way contact-sync clients notify a
// service), with the record, the action (new, updated, deleted), the job id, the key and a delivery id that
// is the same on every retry of the change, so the receiver can deduplicate. Any 2xx is success; anything
// else is retried with backoff up to `retries` times, then the change fails alone (a per-row outcome) and
// the next run sends it again. An optional HMAC-SHA256 signature of the body goes in X-Ferry-Signature.
// Up to `concurrency` deliveries are in flight at once.
//
// A webhook cannot be listed: its index is what Ferry last delivered (the state store's memory, given
// through setMemory()), so a second run sends nothing for unchanged rows. docs/connectors.md has the
// contract receivers rely on.
#pragma once

#include "httpauth.h"
#include "httptransport.h"
#include "job/jobspec.h"
#include "secrets/jobsecrets.h"
#include "target.h"
#include "targetmemory.h"

#include <QByteArray>
#include <QHash>

namespace Ferry {

class WebhookTarget final : public Target
{
public:
    static constexpr int DefaultRetries = 10;
    static constexpr int DefaultConcurrency = 4;
    static constexpr int BatchChanges = 64; // deliveries per batch: the memory advances after each

    // secrets: the job's resolved secrets (target.auth.*); baseDir: the job file's folder (a relative CA
    // bundle, a rotated refresh token saved to a relative file).
    WebhookTarget(WebhookTargetSpec spec, QString signingSecret, QString jobId, RetrySpec retry,
                  const std::atomic_bool *cancel, JobSecrets secrets = {}, QString baseDir = {});
    ~WebhookTarget() override;

    QString describe() const override;
    Capabilities capabilities() const override;
    // Sends a "ping" event (no record): any 2xx answer passes.
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    // The columns of the records last delivered.
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    // The records last delivered (from the memory given), newest first.
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<void> open() override;
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;
    QString memoryScope() const override;
    void setMemory(std::vector<RememberedRecord> records) override { m_memory.set(std::move(records)); }

    // The body's signature as X-Ferry-Signature carries it: "sha256=" and the HMAC-SHA256 in hex.
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);
    // A change's delivery id: a digest of the job, the key, the action and the content before and after
    // (so every retry of one change, in this run or the next, has the same id).
    static QString deliveryId(const QString &jobId, const QString &key, ChangeAction action, quint64 before,
                              quint64 after);

private:
    friend class WebhookBatch;
    // The transport (once) and credentials for the calling thread: an HttpAuth and its token client belong to
    // the thread that made them, so each delivery worker makes its own (OAuth2 tokens are shared through
    // HttpAuth's process-wide cache).
    Result<void> connect();
    Result<std::unique_ptr<HttpAuth>> newAuth(const std::atomic_bool *cancel) const;
    std::unique_ptr<HttpClient> newClient(RetrySpec retry, const std::atomic_bool *cancel) const;

    WebhookTargetSpec m_spec;
    JobSecrets m_secrets;
    QString m_baseDir;
    std::shared_ptr<HttpTransport> m_transport;
    std::unique_ptr<HttpAuth> m_auth; // the thread that opened the target
    QByteArray m_secret;
    QString m_jobId;
    RetrySpec m_retry;
    const std::atomic_bool *m_cancel;
    TargetMemory m_memory;
    QHash<QString, quint64> m_rememberedHash; // key -> hash of what was delivered (index())
};

} // namespace Ferry
