// Target: a Fliplet data source over the REST API (GET …/data to index, POST …/commit to write).
#pragma once

#include "httpclient.h"
#include "job/jobspec.h"
#include "target.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Ferry {

class FlipletDataSource final : public Target
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FlipletDataSource)
public:
    FlipletDataSource(FlipletTargetSpec spec, QString token, RetrySpec retry, const std::atomic_bool *cancel);

    QString describe() const override;
    Capabilities capabilities() const override;
    // GET v1/user (the token), then GET v1/data-sources/<id> (the data source), one attempt each: a test
    // reports how things stand now. Does not read the entries.
    Result<ConnectionInfo> test(const std::atomic_bool *cancel) override;
    // GET v1/data-sources: every data source the token can see. The job's data source as the one table,
    // with its declared columns, or when it declares none, the fields its entries use (this reads them).
    Result<SchemaInfo> discover(const std::atomic_bool *cancel) override;
    // The first n entries' data. The API has no paging: the whole data source is downloaded, n parsed.
    Result<RecordSet> sample(qsizetype n, const std::atomic_bool *cancel) override;
    Result<void> open() override;
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;
    // Ids are entry ids: a new entry's is read from the commit's answer, found by the job's key (none without).
    void setReportIds(bool on) override { m_reportIds = on; }

    QString baseUrl() const { return m_baseUrl; }
    // The job section whose fields errors name ("target", or "source" when a Fliplet source uses this
    // class as its API client).
    void setJobSide(const QString &side) { m_side = side; }

    // POST v1/data-sources/<id>/data/query with this body ({"where":…,"attributes":…}): the answer, any
    // status. A read, so retried like a GET; once: one attempt, as tests do.
    Result<HttpResponse> query(const QByteArray &body, bool once);
    // An Error for a non-2xx answer, in words that say what to do.
    Error dataSourceError(const HttpResponse &response, const QString &what) const
    {
        return httpError(response, what, Call::DataSource);
    }

    enum class Applied { None, Partly, All };
    // After a commit whose answer was lost: did the server apply these changes? Reads the data source.
    Result<Applied> checkApplied(const Plan &plan, const std::vector<const Change *> &changes);

    // GET v1/data-sources as values.
    Result<QList<DataSourceInfo>> dataSources();

private:
    friend class FlipletCommit;
    friend class FlipletMedia; // the media endpoints, through this client and its errors
    Result<DataSourceInfo> dataSource(bool once);
    // A GET with retries, or once (tests report how things stand now; no answer is an error then).
    Result<HttpResponse> get(const QString &path, bool once);
    Result<QJsonObject> user(bool once);
    HttpRequest request(const QByteArray &method, const QString &path, QByteArray body = {}) const;
    // What a request was for, so an error's advice fits it (a 413 on a GET is no batch too large).
    enum class Call { Api, DataSource, Commit };
    // An Error for a non-2xx answer, in words that say what to do.
    Error httpError(const HttpResponse &response, const QString &what, Call call) const;
    // Refuses what must not be sent: a data source id that is not a positive whole number (it is part of
    // the path), and the token over plain http:// to another machine.
    Result<void> checkRequestable() const;
    QString field(QStringView key) const; // "target.auth_token"

    QString m_side = QStringLiteral("target");
    FlipletTargetSpec m_spec;
    bool m_reportIds = false;
    QString m_token;
    QString m_baseUrl;
    HttpClient m_http;
};

} // namespace Ferry
