#include "csvsource.h"

#include "core/runevents.h"
#include "filevalueconverter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

namespace Ferry {

namespace {
Q_LOGGING_CATEGORY(lcCsv, "ferry.connector.csv")
}

CsvSource::CsvSource(FileSourceSpec spec, QString baseDir) : FileSource(std::move(spec), std::move(baseDir)) {}

QString CsvSource::describe() const
{
    return tr("CSV %1").arg(m_spec.path);
}

QString CsvSource::kindLabel() const
{
    return tr("CSV file");
}

Result<TextDecoder::Encoding> CsvSource::encoding() const
{
    if (const auto e = TextDecoder::fromName(m_spec.encodingName()))
        return *e;
    return Error{
        ErrorCode::InvalidConfig,
        tr("unknown encoding '%1': use %2").arg(m_spec.encoding, fileEncodingNames().join(QStringLiteral(", "))),
        {},
        QStringLiteral("source.encoding")};
}

Result<QStringList> CsvSource::openFile(CsvReader &reader, const QString &path, CsvReader::Record &first,
                                        bool &haveFirst)
{
    if (auto r = reader.open(path); !r)
        return r.error();
    const QString name = QFileInfo(path).fileName();
    FERRY_TRY(any, reader.next(first));
    haveFirst = any;
    QStringList names;
    if (!any)
        return names;
    if (!m_spec.header) {
        for (size_t i = 0; i < first.fields.size(); ++i)
            names.append(QStringLiteral("column%1").arg(i + 1));
        return names;
    }
    haveFirst = false; // the header is no data
    for (size_t i = 0; i < first.fields.size(); ++i) {
        const QString n = QString::fromStdString(first.fields[i]).trimmed();
        if (n.isEmpty())
            return Error{ErrorCode::Query,
                         tr("%1: line %2: column %3 of the header has no name: name every column in the first line, "
                            "or set header: false if the file has no header line")
                             .arg(name)
                             .arg(first.line)
                             .arg(i + 1),
                         path, QStringLiteral("source.path")};
        if (const qsizetype before = names.indexOf(n); before >= 0)
            return Error{ErrorCode::Query,
                         tr("%1: line %2: the header names '%3' twice (columns %4 and %5): every column needs a name "
                            "of its own")
                             .arg(name)
                             .arg(first.line)
                             .arg(n)
                             .arg(before + 1)
                             .arg(i + 1),
                         path, QStringLiteral("source.path")};
        names.append(n);
    }
    return names;
}

Result<QStringList> CsvSource::columns()
{
    FERRY_TRY(paths, files());
    FERRY_TRY(enc, encoding());
    CsvReader reader(static_cast<char>(m_spec.delimiterChar().unicode()),
                     static_cast<char>(m_spec.quoteChar().unicode()), enc);
    CsvReader::Record first;
    bool haveFirst = false;
    FERRY_TRY(names, openFile(reader, paths.first(), first, haveFirst));
    if (names.isEmpty())
        return Error{ErrorCode::Query,
                     tr("%1 is empty: it has no header line, so its columns are unknown")
                         .arg(QFileInfo(paths.first()).fileName()),
                     paths.first(), QStringLiteral("source.path")};
    return names;
}

Result<RecordSet> CsvSource::read(qsizetype limit, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    FERRY_TRY(paths, files());
    FERRY_TRY(enc, encoding());
    const char delimiter = static_cast<char>(m_spec.delimiterChar().unicode());
    const char quote = static_cast<char>(m_spec.quoteChar().unicode());
    RecordSet out;
    std::vector<FileValueType> types;
    QString firstName;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        CsvReader reader(delimiter, quote, enc);
        CsvReader::Record record;
        bool haveRecord = false;
        FERRY_TRY(names, openFile(reader, path, record, haveRecord));
        if (names.isEmpty())
            return Error{ErrorCode::Query,
                         tr("%1 is empty: it has no header line, so its columns are unknown (an export with no rows "
                            "still has its header line)")
                             .arg(name),
                         path, QStringLiteral("source.path")};
        if (firstName.isEmpty()) {
            firstName = name;
            out.columns = names;
            out.rows = RowSet(static_cast<int>(names.size()));
            for (const FileColumn &c : m_spec.columns)
                if (!names.contains(c.name))
                    return Error{ErrorCode::InvalidConfig,
                                 tr("the column '%1' has a type, but %2 has no such column (its columns: %3)")
                                     .arg(c.name, name, names.join(QStringLiteral(", "))),
                                 path, QStringLiteral("source.columns.") + c.name};
            for (const QString &n : names)
                types.push_back(m_spec.declaredType(n).value_or(FileValueType::Text));
        } else if (names != out.columns && m_spec.header) {
            return Error{
                ErrorCode::Query,
                tr("the columns of %1 (%2) differ from those of %3 (%4): every file the pattern matches must "
                   "have the same columns")
                    .arg(name, names.join(QStringLiteral(", ")), firstName, out.columns.join(QStringLiteral(", "))),
                path, QStringLiteral("source.path")};
        }
        const int columnCount = static_cast<int>(out.columns.size());
        QStringList problems;
        for (;;) {
            if (!haveRecord) {
                FERRY_TRY(more, reader.next(record));
                if (!more)
                    break;
            }
            haveRecord = false;
            if (limit >= 0 && out.rows.size() >= limit)
                break;
            problems.clear();
            if (!record.problem.isEmpty())
                problems.append(record.problem);
            const auto fieldCount = static_cast<qsizetype>(record.fields.size());
            if (fieldCount != columnCount)
                problems.append(tr("%n field(s) where the file has %1 column(s): check the delimiter ('%2') and "
                                   "the quoting of this line",
                                   nullptr, static_cast<int>(fieldCount))
                                    .arg(columnCount)
                                    .arg(delimiter == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(delimiter))));
            out.rows.beginRow();
            for (int c = 0; c < columnCount; ++c) {
                if (c >= fieldCount) {
                    out.rows.addNull();
                    continue;
                }
                const std::string &field = record.fields[static_cast<size_t>(c)];
                const FileValueType type = types[static_cast<size_t>(c)];
                // An empty field is null; a quoted empty one ("") is empty text.
                if (field.empty() && (!record.quoted[static_cast<size_t>(c)] || type != FileValueType::Text)) {
                    out.rows.addNull();
                    continue;
                }
                const QString problem = FileValueConverter::add(out.rows, type, field);
                if (!problem.isEmpty())
                    problems.append(tr("column '%1': %2").arg(out.columns[c], problem));
            }
            out.rows.endRow();
            if (!problems.isEmpty())
                out.rowErrors.push_back(SourceRowError{
                    out.rows.size() - 1,
                    tr("%1 line %2: %3").arg(name).arg(record.line).arg(problems.join(QStringLiteral("; ")))});
            if ((out.rows.size() & 0x3fff) == 0) {
                if (cancel && cancel->load())
                    return Error{ErrorCode::Cancelled, tr("cancelled while reading the source"), {}};
                if ((out.rows.size() & 0x1ffff) == 0)
                    RunEvents::phase(RunPhase::Reading, out.rows.size());
            }
        }
        if (limit >= 0 && out.rows.size() >= limit)
            break;
    }
    if (limit < 0)
        RunEvents::info(lcCsv,
                        tr("read %n rows in %1 ms", nullptr, static_cast<int>(out.rows.size())).arg(timer.elapsed()));
    return out;
}

} // namespace Ferry
