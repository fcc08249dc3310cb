// HttpJsonSource: records from a JSON API over HTTP (source: {type: http}). GETs the job's URL with its
// headers and query parameters, finds the records array by a JSON pointer, and follows the pages: a next link
// (a JSON pointer into the body, or the Link header), page numbers, offset/limit, or a cursor token. Records
// become rows (RecordCollector: the union of top-level keys as columns). Credentials and transport through
// HttpAuth and HttpTransport. The whole answer is read before the run plans, so a malformed page stops the
// run before anything is written.
#pragma once

#include "httpauth.h"
#include "httpclient.h"
#include "httpjsonrecords.h"
#include "httptransport.h"
#include "job/httpspec.h"
#include "secrets/jobsecrets.h"
#include "source.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace Ferry {

class HttpJsonSource final : public Source
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::HttpJsonSource)
public:
    // baseDir: the job file's folder (a relative CA bundle, a refresh token saved to a relative file).
    HttpJsonSource(HttpSourceSpec spec, JobSecrets secrets, QString baseDir, RetrySpec retry);
    ~HttpJsonSource() override;
    Q_DISABLE_COPY_MOVE(HttpJsonSource)

    QString describe() const override;
    Capabilities capabilities() const override;

    // The first page: reached, its records found; their columns.
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    // One table: the records, with the columns (and JSON types) of the first page.
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    // The first n records of the first page (never more than one request).
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;

    // Reads every page (interrupt() stops it), then returns the columns; fetch() hands the rows over.
    Result<QStringList> start() override;
    Result<RecordSet> fetch(const std::atomic_bool *cancel) override;
    void interrupt() override { m_interrupted.store(true); }

    int pagesRead() const { return m_pagesRead; }

private:
    struct Page
    {
        QJsonArray records;
        QJsonValue body;
        HttpResponse response;
    };
    // Makes the transport, the credentials and the client on the calling thread (once).
    Result<void> connect(const std::atomic_bool *cancel);
    QUrl firstUrl() const;
    // GET url as page number `number` (1-based, for messages): credentials, one renewal after a 401, the
    // answer checked and parsed, the records found.
    Result<Page> fetchPage(const QUrl &url, int number);
    // Reads pages until the last (or only the first), collecting records.
    Result<void> readPages(bool firstOnly);
    Error pageError(ErrorCode code, const QString &message, const QUrl &url, const QString &field) const;

    HttpSourceSpec m_spec;
    JobSecrets m_secrets;
    QString m_baseDir;
    RetrySpec m_retry;
    std::shared_ptr<HttpTransport> m_transport;
    std::unique_ptr<HttpAuth> m_auth;
    std::unique_ptr<HttpClient> m_client;
    std::atomic_bool m_interrupted{false};
    RecordCollector m_records;
    int m_pagesRead = 0;
    bool m_started = false;
};

} // namespace Ferry
