// RowSet micro-benchmark: the cost of reading one cell by column position, the bytes a row takes, and a
// whole-row hash, for narrow and wide rows. Built and run by bench/rowset.sh against build/'s engine.
#include "core/rowset.h"

#include <QElapsedTimer>
#include <QString>

#include <cstdio>
#include <vector>

using namespace Ferry;

namespace {

// Rows of `columns` cells cycling through an integer, a short text, a double and a longer text: the mix
// of the bench's customers table.
RowSet build(int columns, qsizetype rows)
{
    RowSet set(columns);
    const QString email = QStringLiteral("customer%1@example.invalid");
    for (qsizetype r = 0; r < rows; ++r) {
        set.beginRow();
        for (int c = 0; c < columns; ++c) {
            switch (c % 4) {
            case 0:
                set.addInt(r * columns + c);
                break;
            case 1:
                set.addString(QStringView(QStringLiteral("City %1").arg(r % 500)));
                break;
            case 2:
                set.addDouble(double(r) * 1.37);
                break;
            default:
                set.addString(QStringView(email.arg(r)));
            }
        }
        set.endRow();
    }
    return set;
}

// Nanoseconds per isNull(row, column) over every row, repeated until at least 20 ms have passed.
double nsPerCell(const RowSet &set, int column)
{
    QElapsedTimer timer;
    timer.start();
    qint64 reads = 0;
    volatile int nulls = 0;
    do {
        for (qsizetype r = 0; r < set.size(); ++r)
            nulls = nulls + set.isNull(r, column);
        reads += set.size();
    } while (timer.nsecsElapsed() < 20'000'000);
    return double(timer.nsecsElapsed()) / double(reads);
}

double nsPerRowHash(const RowSet &set)
{
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    volatile std::uint64_t sink = 0;
    do {
        for (qsizetype r = 0; r < set.size(); ++r)
            sink = sink ^ set.hashRow(r);
        rows += set.size();
    } while (timer.nsecsElapsed() < 20'000'000);
    return double(timer.nsecsElapsed()) / double(rows);
}

} // namespace

int main()
{
    std::printf("| columns | rows | bytes/row | ns/cell col 0 | ns/cell middle | ns/cell last | ns/row hash |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|\n");
    struct Shape
    {
        int columns;
        qsizetype rows;
    };
    for (const Shape s : {Shape{6, 200000}, Shape{8, 200000}, Shape{9, 200000}, Shape{100, 20000}, Shape{1000, 2000}}) {
        const RowSet set = build(s.columns, s.rows);
        std::printf("| %d | %lld | %.1f | %.1f | %.1f | %.1f | %.0f |\n", s.columns, static_cast<long long>(s.rows),
                    double(set.byteSize()) / double(s.rows), nsPerCell(set, 0), nsPerCell(set, s.columns / 2),
                    nsPerCell(set, s.columns - 1), nsPerRowHash(set));
    }
    return 0;
}
