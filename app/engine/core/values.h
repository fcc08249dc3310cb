// How Ferry turns typed values into JSON and into canonical forms for matching and change detection.
// One serialiser serves the wire format and the dry-run report, so a value that travelled to a target
// and back compares equal to the value that was sent.
//
// Date-times: a QDateTime with Qt::LocalTime, as SQL drivers hand out naive columns (PostgreSQL
// `timestamp`, MariaDB `datetime`), is a naive wall-clock value: only its date() and time() are read,
// never its instant, so it is sent as written whatever the host's time zone (a naive 02:30 that does not
// exist in the local zone stays 02:30). UTC, offset and zoned QDateTimes are instants and keep their
// offset in their text.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <string>

namespace Ferry::Values {

// What a QVariant holds, in the terms Ferry treats values by.
enum class Kind { Null, Bool, Integer, Unsigned, Double, String, DateTime, Date, Time, Bytes, Map, List, Other };
Kind kindOf(const QVariant &v);

// How a date-time value relates to time zones.
enum class Zone : char {
    Naive,  // a wall-clock reading without a zone; its milliseconds are the wall clock read as UTC
    Utc,    // an instant, written with Z
    Offset, // an instant, written with its offset from UTC
};

// Appends v as a JSON value. Integral doubles print as integers (5.0 -> 5), so SQL REAL columns and
// JSON numbers that round-trip through double agree; NaN and infinities become null.
void appendJson(QByteArray &out, const QVariant &v);
void appendJsonString(QByteArray &out, QStringView s);
void appendJsonUtf8String(QByteArray &out, QByteArrayView utf8);
void appendJsonNumber(QByteArray &out, double d);
void appendJsonInteger(QByteArray &out, long long i);
QByteArray toJson(const QVariant &v);

// ISO 8601 text of a date-time with milliseconds: "2024-02-01T09:00:00.000" (naive), "…Z" (UTC) or
// "…+02:00" (offset). ms is the wall clock for naive values, the instant otherwise.
void appendDateTimeText(QByteArray &out, std::int64_t ms, Zone zone, int offsetSeconds = 0);
void appendDateText(QByteArray &out, std::int64_t daysSinceEpoch); // "2024-02-01"
void appendTimeText(QByteArray &out, int msecsSinceMidnight);      // "09:00:00.000"

// Numbers as digits: value = 0.d1d2…dn × 10^point, without leading or trailing zeros (no digits: zero).
struct NumberDigits
{
    bool negative = false;
    std::string digits;
    std::int64_t point = 0;
};
// Splits number text. strict accepts JSON's grammar only (so "0010", "+1" and ".5" are not numbers);
// otherwise SQL decimal text too ("+1", "007.50", ".5", "5."). No surrounding blanks either way.
bool splitNumber(QByteArrayView text, bool strict, NumberDigits &out);
// The canonical text of a number, the same for every type that holds it exactly (1, 1.0, "1.00" and
// true -> "1"; 10.50 -> "10.5"), in JavaScript's Number::toString layout ("1e+21", "1e-7"). Doubles use
// their shortest round-trip digits.
void appendCanonicalNumber(QByteArray &out, const NumberDigits &n);
void appendCanonicalNumber(QByteArray &out, qint64 i);
void appendCanonicalNumber(QByteArray &out, double d);
// Decimal text (SQL NUMERIC/DECIMAL) as a JSON number that keeps its scale: "+007.50" -> "7.50".
std::optional<QByteArray> decimalJson(QByteArrayView text);

// JSON text in one form for equal values: objects with their keys sorted (the last of repeated keys
// wins), no white space, strings with Ferry's escaping, numbers canonical. nullopt if it is not JSON.
std::optional<QByteArray> canonicalJson(QByteArrayView json);

// UTF-8 text as a QString, a leading byte order mark kept: it is part of the value (QString::fromUtf8 drops it).
QString fromUtf8(QByteArrayView utf8);

// Null, invalid QVariants and invalid dates and times (a date-time by its date() and time()).
bool isNull(const QVariant &v);
// The delete-column rule: set and not false, 0, "" or "0".
bool isTruthy(const QVariant &v);

// The key form of a value: numbers in canonical form (1 == 1.0 == "1", true == 1), strings as they are,
// bytes as the base64 text they travel as, JSON canonical. Empty means null or blank, which is never a
// valid key. caseInsensitive folds case.
QString keyText(const QVariant &v, bool caseInsensitive);

// Human-readable form for reports: strings unquoted, null as "null".
QString displayText(const QVariant &v);

} // namespace Ferry::Values
