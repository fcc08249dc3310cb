// How Ferry turns typed values into JSON and into canonical forms for matching and change detection.
// One serialiser serves the wire format, the content hash and the dry-run report, so a value that
// travelled to a target and back compares equal to the value that was sent.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>

namespace Ferry::Values {

// What a QVariant holds, in the terms Ferry treats values by.
enum class Kind { Null, Bool, Integer, Unsigned, Double, String, DateTime, Date, Time, Bytes, Map, List, Other };
Kind kindOf(const QVariant &v);

// Appends v as a JSON value. Integral doubles print as integers (5.0 -> 5), so SQL REAL columns and
// JSON numbers that round-trip through double agree; NaN and infinities become null.
void appendJson(QByteArray &out, const QVariant &v);
void appendJsonString(QByteArray &out, QStringView s);
void appendJsonUtf8String(QByteArray &out, QByteArrayView utf8);
void appendJsonNumber(QByteArray &out, double d);
void appendJsonInteger(QByteArray &out, long long i);
QByteArray toJson(const QVariant &v);

bool isNull(const QVariant &v); // invalid dates and times too
// The delete-column rule: set and not false, 0, "" or "0".
bool isTruthy(const QVariant &v);

// The key form of a value: numbers in shortest form (1 == 1.0 == "1"), strings as they are.
// Empty means null or blank, which is never a valid key. caseInsensitive folds case.
QString keyText(const QVariant &v, bool caseInsensitive);

// Human-readable form for reports: strings unquoted, null as "null".
QString displayText(const QVariant &v);

// 64-bit content hash of a row's values in order (XXH3 over their JSON forms).
std::uint64_t hashRow(const QVariantList &values);

} // namespace Ferry::Values
