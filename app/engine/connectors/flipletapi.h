// Facts of the Fliplet REST API contract shared by the target and the test emulator.
#pragma once

#include <QString>

namespace Ferry::FlipletApi {

// Region from the token prefix: eu / us / ca; anything else is eu.
QString regionBaseUrl(const QString &token);

// The base URL to use: FERRY_FLIPLET_API_URL, else the job's api_url, else the token's region.
QString baseUrl(const QString &token, const QString &jobApiUrl);

inline constexpr int DefaultBatchRows = 250000;
// Each commit answers with the whole data source, so fewer, larger commits cost much less (a million rows:
// six commits instead of ten saves half a gigabyte of answers). Where a proxy limits request bodies, the
// 413 it answers names target.batch_bytes as the setting to lower.
inline constexpr qint64 DefaultBatchBytes = 32 * 1024 * 1024;
// On cancel, a commit without key (whose fate could not be checked afterwards) may finish for this long.
inline constexpr int KeylessCancelGraceMs = 5000;

} // namespace Ferry::FlipletApi
