// Cron schedules as job files give them (core/cronexpression): parse() accepts or explains any text. A parsed
// schedule parses again from its text to the same schedule, and its next firing times, from a starting time
// and in a time zone the input picks, come in order, each after the one before; in UTC or a fixed offset each
// matches the schedule.
#include "core/cronexpression.h"
#include "fuzzcheck.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace Ferry;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The expression, then (after a newline) 8 bytes of starting time and 1 of zone.
    const auto *text = reinterpret_cast<const char *>(data);
    const auto *newline = static_cast<const char *>(std::memchr(text, '\n', size));
    const qsizetype length = newline ? newline - text : static_cast<qsizetype>(size);
    const Result<CronExpression> cron = CronExpression::parse(QString::fromUtf8(text, length));
    if (!cron) {
        FUZZ_CHECK(!cron.error().message.isEmpty(), "every error says what is wrong");
        return 0;
    }
    const Result<CronExpression> again = CronExpression::parse(cron->text());
    FUZZ_CHECK(again && *again == *cron, "a schedule parses again from its text");

    std::uint8_t tail[9] = {};
    if (newline)
        std::memcpy(tail, newline + 1, std::min<std::size_t>(sizeof tail, size - static_cast<std::size_t>(length) - 1));
    qint64 secs;
    std::memcpy(&secs, tail, sizeof secs);
    // Years 1 to 9999, whatever the bytes.
    constexpr qint64 First = -62135596800, Span = 253402300799 - First;
    secs = First + static_cast<qint64>(static_cast<quint64>(secs) % static_cast<quint64>(Span));
    static const QTimeZone zones[] = {QTimeZone("Europe/Berlin"),       QTimeZone("America/New_York"),
                                      QTimeZone("Australia/Lord_Howe"), QTimeZone("Pacific/Apia"),
                                      QTimeZone("America/Santiago"),    QTimeZone("Antarctica/Troll")};
    QDateTime after;
    bool fixed = true;
    switch (tail[8] % 8) {
    case 0:
        after = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        break;
    case 1:
        after = QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, (tail[0] % 105 - 52) * 900);
        break;
    default:
        after = QDateTime::fromSecsSinceEpoch(secs, zones[tail[8] % 8 - 2]);
        fixed = false;
    }
    const QList<QDateTime> times = cron->nextTimes(after, 3);
    QDateTime previous = after;
    for (const QDateTime &t : times) {
        FUZZ_CHECK(t > previous, "each firing time is later than the one before");
        FUZZ_CHECK(!fixed || cron->matches(t), "a firing time matches the schedule");
        previous = t;
    }
    return 0;
}
