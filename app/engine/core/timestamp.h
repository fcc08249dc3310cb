// Date-time values without the local time zone: parsing of timestamp column values for the "source is
// newer" rule, the civil-calendar arithmetic behind it, and the parts of date and time texts that value
// comparison needs. Nothing here converts through the host's time zone: a naive value ("2024-02-01
// 09:00", a driver's Qt::LocalTime QDateTime) is a wall-clock reading, compared as written.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace Ferry::Timestamp {

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);
struct Civil
{
    std::int64_t year;
    unsigned month;
    unsigned day;
};
Civil civilFromDays(std::int64_t days);

// Days since 1970-01-01 of a QDate (whose years before 1 AD are numbered -1, -2, …; ISO 8601 and the civil
// functions above say 0, -1, …).
std::int64_t daysSinceEpoch(const QDate &date);
// Milliseconds since 1970-01-01T00:00 of a naive QDateTime's wall clock (its date() and time(), never its
// instant: a Qt::LocalTime value in a daylight-saving gap keeps its fields but not its instant). Dates within
// ±292 million years (QDate goes further; no SQL driver does).
std::int64_t wallClockMs(const QDate &date, const QTime &time);

// Microseconds since the epoch of milliseconds, or of days, since the epoch; nullopt beyond ±292,000 years,
// where they do not fit in 64 bits.
std::optional<std::int64_t> microsFromMs(std::int64_t ms);
std::optional<std::int64_t> microsFromDays(std::int64_t days);

// What a date or date-time text says: microseconds since the epoch (naive text read as UTC), whether it
// had a time of day and whether it had a zone (Z, UTC or an offset).
struct Parts
{
    std::int64_t micros = 0;
    bool hasTime = false;
    bool hasZone = false;
};
std::optional<Parts> parseParts(QStringView text);
std::optional<Parts> parseParts(QByteArrayView utf8);
// A time of day, "09:00", "09:00:05" or "09:00:05.250": microseconds since midnight.
std::optional<std::int64_t> parseTimeOfDay(QByteArrayView utf8);

// Unix time as a number: magnitudes below 10^11 are seconds (10^11 s is the year 5138), larger ones
// milliseconds up to 10^15 (the year 33658); anything larger (microseconds, nanoseconds) is refused.
std::optional<std::int64_t> fromEpochSeconds(qint64 value);
std::optional<std::int64_t> fromEpochSeconds(double value);

// Microseconds since 1970-01-01T00:00:00Z. Accepts QDateTime/QDate values from SQL drivers, Unix time
// numbers (see fromEpochSeconds) and text in ISO 8601 or common SQL forms: "2024-02-01", "2024-02-01
// 09:00", "2024-02-01T09:00:00.123456Z", "2024-02-01 09:00:00+02", "2024-02-01 09:00:00.5 +02:00",
// "2024/02/01 09:00:00". Naive values (text without a zone, Qt::LocalTime date-times) are read as UTC, so
// two naive values compare as written whatever the host's time zone. Returns nullopt for anything else
// (booleans, times of day, digits-only text, date-times beyond ±292,000 years).
std::optional<std::int64_t> parse(const QVariant &value);
std::optional<std::int64_t> parseText(QStringView text);
std::optional<std::int64_t> parseText(QByteArrayView utf8);

} // namespace Ferry::Timestamp
