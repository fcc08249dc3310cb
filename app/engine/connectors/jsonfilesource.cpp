#include "jsonfilesource.h"

#include "core/runevents.h"
#include "filevalueconverter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace Ferry {

namespace {

Q_LOGGING_CATEGORY(lcJsonFile, "ferry.connector.json")

const QString PathField = QStringLiteral("source.path");

// Line and column (in characters) of at.
std::pair<qint64, qint64> lineColumn(const char *begin, const char *at)
{
    const qint64 line = 1 + std::count(begin, at, '\n');
    const char *lineStart = at;
    while (lineStart > begin && lineStart[-1] != '\n')
        --lineStart;
    qint64 column = 1;
    for (const char *p = lineStart; p < at; ++p)
        column += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return {line, column};
}

QString typeOfJson(char first)
{
    switch (first) {
    case '[':
        return JsonFileSource::tr("an array");
    case '"':
        return JsonFileSource::tr("a string");
    case 't':
    case 'f':
        return JsonFileSource::tr("a boolean");
    case 'n':
        return JsonFileSource::tr("null");
    case '{':
        return JsonFileSource::tr("an object");
    default:
        return JsonFileSource::tr("a number");
    }
}

// One record's values by column, parsed before its row is added (a record that turns out broken adds none).
struct Slot
{
    JsonCursor::ValueView value;
    std::string_view raw; // the value's text (numbers as written, objects and arrays)
};

// The RFC 6901 tokens of a JSON pointer.
QStringList pointerTokens(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    // "data/items" is read as "/data/items".
    QStringList tokens = pointer.split(u'/');
    if (pointer.startsWith(u'/'))
        tokens.removeFirst(); // before the leading '/'
    for (QString &t : tokens)
        t.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

} // namespace

JsonFileSource::JsonFileSource(FileSourceSpec spec, QString baseDir) : FileSource(std::move(spec), std::move(baseDir))
{}

QString JsonFileSource::describe() const
{
    return (m_spec.ndjson() ? tr("NDJSON %1") : tr("JSON %1")).arg(m_spec.path);
}

QString JsonFileSource::kindLabel() const
{
    return m_spec.ndjson() ? tr("NDJSON file") : tr("JSON file");
}

Result<void> JsonFileSource::forEachRecord(const QString &path, qsizetype limit, const Visit &visit) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     tr("cannot open %1: %2").arg(path, file.errorString()),
                     {},
                     PathField};
    const qint64 size = file.size();
    if (size == 0) {
        if (m_spec.ndjson())
            return {};
        return Error{ErrorCode::Query,
                     tr("%1 is empty: a JSON file holds an array of records, [] when there are none")
                         .arg(QFileInfo(path).fileName()),
                     path, PathField};
    }
    // Mapped, the file is paged in as it is parsed and never copied into the heap.
    const uchar *mapped = file.map(0, size);
    QByteArray whole;
    if (!mapped) { // a file system that cannot map: read it instead
        whole = file.readAll();
        mapped = reinterpret_cast<const uchar *>(whole.constData());
    }
    const char *begin = reinterpret_cast<const char *>(mapped);
    const char *end = begin + size;
    if (size >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) // a UTF-8 byte order mark
        begin += 3;
    if (size >= 2 && (std::memcmp(begin, "\xFF\xFE", 2) == 0 || std::memcmp(begin, "\xFE\xFF", 2) == 0))
        return Error{ErrorCode::Query,
                     tr("%1 is UTF-16; JSON files must be UTF-8: save it as UTF-8").arg(QFileInfo(path).fileName()),
                     path, PathField};
    return m_spec.ndjson() ? walkLines(begin, end, limit, visit) : walkDocument(path, begin, end, limit, visit);
}

Result<void> JsonFileSource::walkDocument(const QString &path, const char *begin, const char *end, qsizetype limit,
                                          const Visit &visit) const
{
    const QString name = QFileInfo(path).fileName();
    JsonCursor cursor(begin, end);
    QString where = QStringLiteral("/");
    try {
        for (const QString &token : pointerTokens(m_spec.records)) {
            const char c = cursor.peek();
            const QString here = where;
            where = (where == u"/" ? QString() : where) + u'/' + token;
            if (c == '{') {
                cursor.expect('{');
                bool found = false;
                QStringList keys;
                std::string scratch;
                if (!cursor.empty('}')) {
                    do {
                        const std::string_view key = cursor.stringView(scratch);
                        cursor.expect(':');
                        if (QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())) == token) {
                            found = true;
                            break;
                        }
                        if (keys.size() < 20)
                            keys.append(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())));
                        cursor.skip();
                    } while (cursor.more('}'));
                }
                if (!found)
                    return Error{ErrorCode::NotFound,
                                 tr("%1: records %2: %3 has no key '%4' (its keys: %5): correct the pointer")
                                     .arg(name, m_spec.records, here, token, keys.join(QStringLiteral(", "))),
                                 path, QStringLiteral("source.records")};
            } else if (c == '[') {
                bool ok = false;
                const int index = token.toInt(&ok);
                cursor.expect('[');
                int i = 0;
                bool found = false;
                if (ok && index >= 0 && !cursor.empty(']')) {
                    do {
                        if (i++ == index) {
                            found = true;
                            break;
                        }
                        cursor.skip();
                    } while (cursor.more(']'));
                }
                if (!found)
                    return Error{ErrorCode::NotFound,
                                 tr("%1: records %2: %3 is an array without an item '%4'")
                                     .arg(name, m_spec.records, here, token),
                                 path, QStringLiteral("source.records")};
            } else {
                return Error{ErrorCode::NotFound,
                             tr("%1: records %2: %3 is %4, which has no '%5'")
                                 .arg(name, m_spec.records, here, typeOfJson(c), token),
                             path, QStringLiteral("source.records")};
            }
        }
        const char first = cursor.peek();
        if (first != '[') {
            if (m_spec.records.isEmpty())
                return Error{ErrorCode::Query,
                             first == '{'
                                 ? tr("%1 holds an object, not an array of records: set records to the JSON pointer of "
                                      "the array inside it (records: /items)")
                                       .arg(name)
                                 : tr("%1 holds %2, not an array of records").arg(name, typeOfJson(first)),
                             path, first == '{' ? QStringLiteral("source.records") : PathField};
            return Error{
                ErrorCode::Query,
                tr("%1: records %2 is %3, not an array of records").arg(name, m_spec.records, typeOfJson(first)), path,
                QStringLiteral("source.records")};
        }
        cursor.expect('[');
        if (cursor.empty(']'))
            return {};
        qint64 number = 0;
        qint64 line = 1;
        const char *counted = begin;
        do {
            if (limit >= 0 && number >= limit)
                return {};
            cursor.peek();
            line += std::count(counted, cursor.position(), '\n');
            counted = cursor.position();
            if (!visit(&cursor, ++number, line, QString()))
                return {};
        } while (cursor.more(']'));
        if (m_spec.records.isEmpty() && !cursor.atEnd())
            throw JsonSyntaxError{cursor.position(), "text after the end of the document"};
    } catch (const JsonSyntaxError &e) {
        const auto [line, column] = lineColumn(begin, std::min(e.at, end));
        return Error{
            ErrorCode::Query,
            tr("%1:%2:%3: %4: the file is not valid JSON").arg(name).arg(line).arg(column).arg(QLatin1String(e.what)),
            path, PathField};
    }
    return {};
}

Result<void> JsonFileSource::walkLines(const char *begin, const char *end, qsizetype limit, const Visit &visit) const
{
    qint64 line = 0;
    qint64 number = 0;
    for (const char *p = begin; p < end;) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        if (!eol)
            eol = end;
        ++line;
        const char *lineEnd = eol > p && eol[-1] == '\r' ? eol - 1 : eol;
        const char *lineBegin = p;
        p = eol + 1;
        JsonCursor cursor(lineBegin, lineEnd);
        if (cursor.atEnd()) // a blank line holds no record
            continue;
        if (limit >= 0 && number >= limit)
            return {};
        ++number;
        QString problem;
        try {
            if (!visit(&cursor, number, line, QString()))
                return {};
            if (!cursor.atEnd())
                throw JsonSyntaxError{cursor.position(), "more than one value on the line"};
            continue;
        } catch (const JsonSyntaxError &e) {
            const auto [l, column] = lineColumn(lineBegin, std::min(e.at, lineEnd));
            problem = tr("column %1: %2: the line is not a JSON object").arg(column).arg(QLatin1String(e.what));
        }
        if (!visit(nullptr, number, line, problem))
            return {};
    }
    return {};
}

Result<QStringList> JsonFileSource::collectColumns(const QStringList &paths, qsizetype limit,
                                                   const std::atomic_bool *cancel) const
{
    QStringList columns;
    QSet<QByteArray> seen;
    std::string scratch;
    bool cancelled = false;
    for (const QString &path : paths) {
        const auto visit = [&](JsonCursor *cursor, qint64 number, qint64, const QString &) {
            if ((number & 0x3fff) == 0 && cancel && cancel->load()) {
                cancelled = true;
                return false;
            }
            if (!cursor)
                return true;
            if (cursor->peek() != '{') {
                cursor->skip();
                return true;
            }
            cursor->expect('{');
            if (cursor->empty('}'))
                return true;
            do {
                const std::string_view key = cursor->stringView(scratch);
                cursor->expect(':');
                cursor->skip();
                const QByteArray k = QByteArray::fromRawData(key.data(), static_cast<qsizetype>(key.size()));
                if (!seen.contains(k)) {
                    const QByteArray copy(k.constData(), k.size()); // k points into the file or scratch
                    seen.insert(copy);
                    columns.append(QString::fromUtf8(copy));
                }
            } while (cursor->more('}'));
            return true;
        };
        if (auto r = forEachRecord(path, limit, visit); !r)
            return r.error();
        if (cancelled)
            return Error{ErrorCode::Cancelled, tr("cancelled while reading the source"), {}};
    }
    return columns;
}

Result<QStringList> JsonFileSource::columns()
{
    FERRY_TRY(paths, files());
    FERRY_TRY(names, collectColumns(paths, -1, nullptr));
    for (const FileColumn &c : m_spec.columns)
        if (!names.contains(c.name))
            return Error{ErrorCode::InvalidConfig,
                         tr("the column '%1' has a type, but no record of %2 has such a key (their keys: %3)")
                             .arg(c.name, displayPath(), names.join(QStringLiteral(", "))),
                         {},
                         QStringLiteral("source.columns.") + c.name};
    if (names.isEmpty())
        return Error{
            ErrorCode::Query, tr("%1 holds no records, so its columns are unknown").arg(displayPath()), {}, PathField};
    return names;
}

Result<RecordSet> JsonFileSource::read(qsizetype limit, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    FERRY_TRY(paths, files());
    // A run's read: the columns start() found (one pass fewer over the files).
    const bool known = limit < 0 && !m_columns.isEmpty();
    FERRY_TRY(names, known ? Result<QStringList>(m_columns) : collectColumns(paths, limit, cancel));
    for (const FileColumn &c : m_spec.columns)
        if (!names.contains(c.name))
            return Error{ErrorCode::InvalidConfig,
                         tr("the column '%1' has a type, but no record of %2 has such a key (their keys: %3)")
                             .arg(c.name, displayPath(), names.join(QStringLiteral(", "))),
                         {},
                         QStringLiteral("source.columns.") + c.name};
    RecordSet out;
    out.columns = names;
    out.rows = RowSet(static_cast<int>(names.size()));
    QHash<QByteArray, int> index;
    std::vector<std::optional<FileValueType>> types;
    for (int i = 0; i < names.size(); ++i) {
        index.insert(names[i].toUtf8(), i);
        types.push_back(m_spec.declaredType(names[i]));
    }
    std::vector<Slot> cells(static_cast<size_t>(names.size()));
    std::string keyScratch;
    QStringList problems;
    bool cancelled = false;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        const auto visit = [&](JsonCursor *cursor, qint64 number, qint64 line, const QString &problem) {
            if (limit >= 0 && out.rows.size() >= limit)
                return false;
            if ((number & 0x3fff) == 0 && cancel && cancel->load()) {
                cancelled = true;
                return false;
            }
            problems.clear();
            for (Slot &s : cells)
                s.value.type = JsonCursor::Value::Missing;
            if (!cursor) {
                problems.append(problem);
            } else if (const char c = cursor->peek(); c != '{') {
                cursor->skip();
                problems.append(
                    tr("the record is %1, not an object: each record must be {\"key\": value, …}").arg(typeOfJson(c)));
            } else {
                cursor->expect('{');
                if (!cursor->empty('}')) {
                    do {
                        const std::string_view key = cursor->stringView(keyScratch);
                        cursor->expect(':');
                        const int col =
                            index.value(QByteArray::fromRawData(key.data(), static_cast<qsizetype>(key.size())), -1);
                        if (col < 0) { // a key only records beyond a sample's have, or a file changed since start()
                            cursor->skip();
                            if (known)
                                problems.append(
                                    tr("the key '%1' was not in the file when its columns were read: the "
                                       "file changed while it was read; run the job again")
                                        .arg(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()))));
                            continue;
                        }
                        Slot &s = cells[static_cast<size_t>(col)];
                        cursor->peek();
                        const char *start = cursor->position();
                        cursor->value(s.value); // a repeated key: the last value wins
                        s.raw = std::string_view(start, static_cast<size_t>(cursor->position() - start));
                    } while (cursor->more('}'));
                }
            }
            // The row, with what converts (null elsewhere).
            out.rows.beginRow();
            for (size_t c = 0; c < cells.size(); ++c) {
                const Slot &s = cells[c];
                const auto &v = s.value;
                const std::optional<FileValueType> type = types[c];
                QString wrong;
                switch (v.type) {
                case JsonCursor::Value::Missing:
                case JsonCursor::Value::Null:
                    out.rows.addNull();
                    break;
                case JsonCursor::Value::Bool:
                    if (!type || *type == FileValueType::Boolean)
                        out.rows.addBool(v.b);
                    else
                        wrong = FileValueConverter::add(out.rows, *type, v.b ? "true" : "false");
                    break;
                case JsonCursor::Value::Int:
                case JsonCursor::Value::Double:
                    if (!type)
                        v.type == JsonCursor::Value::Int ? out.rows.addInt(v.i) : out.rows.addDouble(v.d);
                    else
                        wrong = FileValueConverter::add(out.rows, *type, s.raw);
                    break;
                case JsonCursor::Value::String:
                    if (!type)
                        out.rows.addString(QByteArrayView(v.text.data(), static_cast<qsizetype>(v.text.size())));
                    else if (v.text.empty() && *type != FileValueType::Text)
                        out.rows.addNull();
                    else
                        wrong = FileValueConverter::add(out.rows, *type, v.text);
                    break;
                case JsonCursor::Value::Json:
                    if (!type || *type == FileValueType::Json || *type == FileValueType::Text) {
                        const QByteArrayView raw(s.raw.data(), static_cast<qsizetype>(s.raw.size()));
                        if (!type || *type == FileValueType::Json)
                            out.rows.addJsonValue(raw);
                        else
                            out.rows.addString(raw);
                    } else {
                        out.rows.addNull();
                        wrong = tr("%1 is not a single value: declare the column json, or text")
                                    .arg(typeOfJson(s.raw.empty() ? '{' : s.raw.front()));
                    }
                    break;
                }
                if (!wrong.isEmpty())
                    problems.append(tr("column '%1': %2").arg(out.columns[static_cast<int>(c)], wrong));
            }
            out.rows.endRow();
            if (!problems.isEmpty())
                out.rowErrors.push_back(SourceRowError{
                    out.rows.size() - 1,
                    tr("%1 record %2 (line %3): %4").arg(name).arg(number).arg(line).arg(problems.join(u"; "))});
            if ((out.rows.size() & 0x1ffff) == 0)
                RunEvents::phase(RunPhase::Reading, out.rows.size());
            return true;
        };
        if (auto r = forEachRecord(path, limit < 0 ? -1 : limit - out.rows.size(), visit); !r)
            return r.error();
        if (cancelled)
            return Error{ErrorCode::Cancelled, tr("cancelled while reading the source"), {}};
        if (limit >= 0 && out.rows.size() >= limit)
            break;
    }
    if (limit < 0)
        RunEvents::info(lcJsonFile,
                        tr("read %n rows in %1 ms", nullptr, static_cast<int>(out.rows.size())).arg(timer.elapsed()));
    return out;
}

} // namespace Ferry
