// Timestamp text as it comes from source columns and Fliplet data (core/timestamp): parseText() accepts or
// refuses any text, read as UTF-8 and as UTF-16. What it accepts, written back in ISO 8601 UTC with
// microseconds, reads as the same instant.
#include "core/timestamp.h"
#include "fuzzcheck.h"

#include <QString>
#include <QVariant>

#include <cstddef>
#include <cstdint>

namespace {

// Y-M-D of days since 1970-01-01, proleptic Gregorian (H. Hinnant's civil_from_days).
void civil(std::int64_t z, std::int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void check(QStringView text)
{
    const std::optional<std::int64_t> micros = Ferry::Timestamp::parseText(text);
    FUZZ_CHECK(micros == Ferry::Timestamp::parse(QVariant(text.toString())), "text and QString values agree");
    if (!micros)
        return;
    const std::int64_t days = floorDiv(*micros, 86400000000);
    const std::int64_t inDay = *micros - days * 86400000000;
    std::int64_t y;
    unsigned m, d;
    civil(days, y, m, d);
    if (y < 1 || y > 9999) // an offset moved it out of four-digit years
        return;
    const qint64 s = inDay / 1000000;
    const QString iso = QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
                            .arg(y, 4, 10, QLatin1Char('0'))
                            .arg(m, 2, 10, QLatin1Char('0'))
                            .arg(d, 2, 10, QLatin1Char('0'))
                            .arg(s / 3600, 2, 10, QLatin1Char('0'))
                            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                            .arg(s % 60, 2, 10, QLatin1Char('0'))
                            .arg(inDay % 1000000, 6, 10, QLatin1Char('0'));
    FUZZ_CHECK(Ferry::Timestamp::parseText(iso) == micros, "an accepted time written as ISO 8601 reads the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    check(QStringView(reinterpret_cast<const char16_t *>(data), static_cast<qsizetype>(size / 2)));
    return 0;
}
