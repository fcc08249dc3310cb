// Target: a Fliplet data source over the REST API (GET …/data to index, POST …/commit to write).
#pragma once

#include "httpclient.h"
#include "job/jobspec.h"
#include "target.h"

namespace Ferry {

class FlipletDataSource final : public Target
{
public:
    FlipletDataSource(FlipletTargetSpec spec, QString token, RetrySpec retry, const std::atomic_bool *cancel);

    QString describe() const override;
    Result<void> open() override;
    Result<TargetSnapshot> index(const QStringList &columns) override;
    std::unique_ptr<TargetBatch> newBatch(const Plan &plan) override;

    QString baseUrl() const { return m_baseUrl; }

    enum class Applied { None, Partly, All };
    // After a commit whose answer was lost: did the server apply these changes? Reads the data source.
    Result<Applied> checkApplied(const Plan &plan, const std::vector<const Change *> &changes);

private:
    friend class FlipletCommit;
    HttpRequest request(const QByteArray &method, const QString &path, QByteArray body = {}) const;
    // An Error for a non-2xx answer, in words that say what to do.
    Error httpError(const HttpResponse &response, const QString &what) const;

    FlipletTargetSpec m_spec;
    QString m_token;
    QString m_baseUrl;
    HttpClient m_http;
};

} // namespace Ferry
