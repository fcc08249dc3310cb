// Facts of the Fliplet REST API contract shared by the target and the test emulator.
#pragma once

#include <QString>

namespace Ferry::FlipletApi {

// Region from the token prefix: eu / us / ca; anything else is eu.
QString regionBaseUrl(const QString &token);

// The base URL to use: FERRY_FLIPLET_API_URL, else the job's api_url, else the token's region.
QString baseUrl(const QString &token, const QString &jobApiUrl);

inline constexpr int DefaultBatchRows = 100000;
// Each commit answers with the whole data source, so fewer, larger commits cost less; this bound keeps a
// single request well inside common proxy and server body limits.
inline constexpr qint64 DefaultBatchBytes = 16 * 1024 * 1024;

} // namespace Ferry::FlipletApi
