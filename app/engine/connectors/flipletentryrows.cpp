#include "flipletentryrows.h"

#include "core/jsoncursor.h"
#include "flipletanswers.h"
#include "job/flipletsourceformat.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace Ferry {

QStringList FlipletEntryRows::entryColumns()
{
    return {QString::fromUtf16(FlipletEntryIdColumn), QString::fromUtf16(FlipletCreatedAtColumn),
            QString::fromUtf16(FlipletUpdatedAtColumn)};
}

Result<RecordSet> FlipletEntryRows::read(QByteArrayView body, qsizetype limit)
{
    struct Entry
    {
        qint64 id = 0;
        JsonCursor::Value createdAt, updatedAt;
        std::vector<std::pair<size_t, JsonCursor::Value>> cells;
    };
    const QStringList fixed = entryColumns();
    std::vector<std::string> names;
    std::unordered_map<std::string, size_t> index;
    std::vector<Entry> entries;
    std::set<qint64> ids;
    JsonCursor in(body.data(), body.data() + body.size());
    bool sawEntries = false;
    std::string key;
    const auto bad = [](qsizetype n, const QString &what) {
        return Error{
            ErrorCode::Server, tr("the query answer breaks the API contract: entry %1 %2").arg(n + 1).arg(what), {}};
    };
    try {
        in.expect('{');
        if (!in.empty('}')) {
            do {
                in.string(key);
                in.expect(':');
                if (key != "entries") {
                    in.skip();
                    continue;
                }
                if (in.peek() != '[')
                    return Error{ErrorCode::Server, tr("the query answer's 'entries' is not a list"), {}};
                sawEntries = true;
                in.expect('[');
                if (in.empty(']'))
                    continue;
                do {
                    if (limit >= 0 && static_cast<qsizetype>(entries.size()) >= limit) {
                        in.skip();
                        continue;
                    }
                    const qsizetype n = static_cast<qsizetype>(entries.size());
                    if (in.peek() != '{')
                        return bad(n, tr("is not an object"));
                    Entry &e = entries.emplace_back();
                    bool hasId = false, hasData = false;
                    in.expect('{');
                    if (!in.empty('}')) {
                        do {
                            in.string(key);
                            in.expect(':');
                            if (key == "id") {
                                JsonCursor::Value v;
                                in.value(v);
                                if (v.type != JsonCursor::Value::Int)
                                    return bad(n, tr("has an id that is not a whole number"));
                                e.id = v.i;
                                hasId = true;
                            } else if (key == "createdAt") {
                                in.value(e.createdAt);
                            } else if (key == "updatedAt") {
                                in.value(e.updatedAt);
                            } else if (key == "data") {
                                if (in.peek() != '{')
                                    return bad(n, tr("has data that is not an object"));
                                hasData = true;
                                in.expect('{');
                                if (in.empty('}'))
                                    continue;
                                do {
                                    in.string(key);
                                    in.expect(':');
                                    auto found = index.find(key);
                                    if (found == index.end()) {
                                        if (fixed.contains(QString::fromStdString(key)))
                                            return bad(n, tr("has a data field '%1', the name Ferry gives the entry's "
                                                             "own id or timestamps: rename the field in Fliplet, or "
                                                             "leave it out with source.attributes")
                                                              .arg(QString::fromStdString(key)));
                                        found = index.emplace(key, names.size()).first;
                                        names.push_back(key);
                                    }
                                    JsonCursor::Value v;
                                    in.value(v);
                                    e.cells.emplace_back(found->second, std::move(v));
                                } while (in.more('}'));
                            } else {
                                in.skip();
                            }
                        } while (in.more('}'));
                    }
                    if (!hasId)
                        return bad(n, tr("has no id"));
                    if (!hasData)
                        return bad(n, tr("(id %1) has no data object").arg(e.id));
                    if (!ids.insert(e.id).second)
                        return bad(n, tr("repeats the id %1 of an earlier entry").arg(e.id));
                } while (in.more(']'));
            } while (in.more('}'));
        }
        if (!in.atEnd())
            throw JsonSyntaxError{in.position(), "text after the answer"};
    } catch (const JsonSyntaxError &e) {
        return Error{
            ErrorCode::Server,
            tr("the query answer is not valid JSON (%1 at byte %2)").arg(QLatin1String(e.what)).arg(in.offset(e.at)),
            {}};
    }
    if (!sawEntries)
        return Error{ErrorCode::Server, tr("the query answer has no 'entries' list"), {}};

    RecordSet out;
    out.columns = fixed;
    for (const std::string &name : names)
        out.columns.append(QString::fromStdString(name));
    out.rows = RowSet(static_cast<int>(out.columns.size()));
    std::vector<const JsonCursor::Value *> row(names.size());
    const JsonCursor::Value missing;
    for (const Entry &e : entries) {
        std::fill(row.begin(), row.end(), &missing);
        for (const auto &[c, v] : e.cells)
            row[c] = &v;
        out.rows.beginRow();
        out.rows.addInt(e.id);
        addFlipletCell(out.rows, e.createdAt);
        addFlipletCell(out.rows, e.updatedAt);
        for (const JsonCursor::Value *v : row)
            addFlipletCell(out.rows, *v);
        out.rows.endRow();
    }
    return out;
}

} // namespace Ferry
