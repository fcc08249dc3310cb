// Micro-benchmark of the Fliplet answer readers: a data source listing as the emulator writes it (the
// bench's customers table), fed in network-sized chunks to FlipletEntriesReader (GET …/data) and to
// CommitAnswerCheck (every commit's answer). Prints CPU seconds and MB/s. Built and run by
// bench/flipletanswers.sh against build/'s engine; also a small program to run under callgrind.
//   flipletanswers [rows] [chunk KiB] [entries|check|both]
#include "connectors/flipletanswers.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

using namespace Ferry;

namespace {

QByteArray listing(qint64 rows)
{
    QByteArray out;
    out.reserve(rows * 280 + 16);
    out.append("{\"entries\":[");
    char entry[512];
    for (qint64 i = 1; i <= rows; ++i) {
        const int n =
            std::snprintf(entry, sizeof entry,
                          "%s{\"id\":%lld,\"data\":{\"id\":%lld,\"name\":\"Customer "
                          "%lld\",\"email\":\"customer%lld@example.invalid\","
                          "\"city\":\"City %lld\",\"amount\":%.2f,\"updated_at\":\"2023-11-14 22:%02lld:%02lld.000\"},"
                          "\"createdAt\":\"2026-11-30T07:53:20.123Z\",\"updatedAt\":\"2026-11-30T07:53:20.123Z\","
                          "\"dataSourceId\":1}",
                          i > 1 ? "," : "", 999 + i, i, i, i, i % 500, double(i) * 1.37, (i / 60) % 60, i % 60);
        out.append(entry, n);
    }
    out.append("]}");
    return out;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

const QStringList Columns{QStringLiteral("id"),   QStringLiteral("name"),   QStringLiteral("email"),
                          QStringLiteral("city"), QStringLiteral("amount"), QStringLiteral("updated_at")};

// The measured parts, by name for callgrind: --toggle-collect='*measure*'.
[[gnu::noinline]] qsizetype measureEntries(const QByteArray &body, qsizetype chunk, QString &error)
{
    FlipletEntriesReader reader(Columns);
    for (qsizetype at = 0; at < body.size(); at += chunk)
        reader.feed(QByteArrayView(body).sliced(at, std::min(chunk, body.size() - at)));
    auto snapshot = reader.finish();
    if (!snapshot) {
        error = snapshot.error().message;
        return -1;
    }
    return static_cast<qsizetype>(snapshot->ids.size());
}

[[gnu::noinline]] bool measureCheck(const QByteArray &body, qsizetype chunk)
{
    CommitAnswerCheck check;
    for (qsizetype at = 0; at < body.size(); at += chunk)
        check.feed(QByteArrayView(body).sliced(at, std::min(chunk, body.size() - at)));
    return check.valid();
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 rows = argc > 1 ? std::atoll(argv[1]) : 1000000;
    const qsizetype chunk = (argc > 2 ? std::atoll(argv[2]) : 64) * 1024;
    const char *which = argc > 3 ? argv[3] : "both";
    const QByteArray body = listing(rows);
    const double mb = double(body.size()) / 1e6;
    std::printf("%lld entries, %.1f MB, chunks of %lld KiB\n", static_cast<long long>(rows), mb,
                static_cast<long long>(chunk / 1024));
    if (std::strcmp(which, "check") != 0) {
        QString error;
        const double start = cpuSeconds();
        const qsizetype read = measureEntries(body, chunk, error);
        const double s = cpuSeconds() - start;
        if (read != rows) {
            std::fprintf(stderr, "entries: %s\n", read < 0 ? qPrintable(error) : "wrong count");
            return 1;
        }
        std::printf("entries: %.3f s CPU, %.0f MB/s\n", s, mb / s);
    }
    if (std::strcmp(which, "entries") != 0) {
        const double start = cpuSeconds();
        const bool valid = measureCheck(body, chunk);
        const double s = cpuSeconds() - start;
        if (!valid) {
            std::fprintf(stderr, "check: not valid\n");
            return 1;
        }
        std::printf("check: %.3f s CPU, %.0f MB/s\n", s, mb / s);
    }
    return 0;
}
