#include "moduleentries.h"

#include "jsonrecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace Ferry {

namespace {

class EntriesText
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ModuleEntries)
};

struct Entry
{
    qsizetype index = 0; // in the answer, from 0
    QJsonValue id;
    QString idText;
    QString type;
    QJsonObject value;
};

} // namespace

QString ModuleEntries::keyColumnOf(const JobSpec &job)
{
    if (job.rules.keyColumns.size() != 1)
        return {};
    const QString &key = job.rules.keyColumns.constFirst();
    if (job.mapping.isEmpty())
        return key;
    for (const FieldMapping &m : job.mapping)
        if (m.to == key)
            return m.from;
    return {};
}

Result<ModuleEntries::Rows> ModuleEntries::read(const QJsonArray &entries, const Options &options)
{
    const QString field = QStringLiteral("source.file");
    const QString &key = options.keyColumn;
    static const QStringList types{QStringLiteral("upsert"), QStringLiteral("insert"), QStringLiteral("update"),
                                   QStringLiteral("delete")};
    Rows out;
    // One entry per id, the latest; entries without an id stand alone.
    std::vector<Entry> kept;
    QHash<QString, size_t> slot;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        Entry entry;
        entry.index = i;
        entry.id = e.value(QStringLiteral("id"));
        entry.idText = JsonRecords::idText(entry.id);
        entry.type = e.value(QStringLiteral("type")).toString(QStringLiteral("upsert"));
        entry.value = e.value(QStringLiteral("value")).toObject();
        if (!types.contains(entry.type))
            return Error{ErrorCode::Server,
                         EntriesText::tr("entry %1 of getUpdates() has the type '%2': use upsert, insert, update or "
                                         "delete")
                             .arg(i + 1)
                             .arg(entry.type),
                         options.file, field};
        if (entry.type != u"delete" && !e.value(QStringLiteral("value")).isObject())
            return Error{ErrorCode::Server,
                         EntriesText::tr("entry %1 (id %2) of getUpdates() has no value object: fix the module")
                             .arg(i + 1)
                             .arg(entry.idText),
                         options.file, field};
        if (!entry.idText.isEmpty()) {
            if (const auto it = slot.constFind(entry.idText); it != slot.constEnd()) {
                kept[*it] = std::move(entry);
                ++out.combined;
                continue;
            }
            slot.insert(entry.idText, kept.size());
        }
        kept.push_back(std::move(entry));
    }
    // An entry's id stands for the record's key only if no record says otherwise: an upsert whose key differs
    // from its id shows that the module's ids are not the job's keys.
    const Entry *notKey = nullptr;
    if (!key.isEmpty())
        for (const Entry &e : kept)
            if (e.type != u"delete" && !e.idText.isEmpty()) {
                const QString k = JsonRecords::idText(e.value.value(key));
                if (!k.isEmpty() && k != e.idText) {
                    notKey = &e;
                    break;
                }
            }
    QList<QJsonObject> values;
    bool upserts = false;
    for (const Entry &e : kept) {
        if (e.type != u"delete") {
            values.append(e.value);
            upserts = true;
            continue;
        }
        // A deleted record reaches the target only through the soft-delete column: its row carries the key and
        // the column set.
        if (options.deleteColumn.isEmpty()) {
            ++out.deletesDropped;
            continue;
        }
        QJsonObject value = e.value;
        const bool hasKey = !key.isEmpty() && !value.value(key).isNull() && !value.value(key).isUndefined();
        if (!hasKey && key.isEmpty() && !value.isEmpty()) {
            // The key column is not known: the value is taken as it is (the planner names a row without its key).
        } else if (!hasKey) {
            if (key.isEmpty())
                return Error{ErrorCode::InvalidConfig,
                             EntriesText::tr("entry %1 (id %2) of getUpdates() is a delete without a value, and Ferry "
                                             "cannot tell which column its id fills: make sync.key one field (with a "
                                             "mapping, one it writes from a source column), or have the module give "
                                             "deletes their value with the key")
                                 .arg(e.index + 1)
                                 .arg(e.idText),
                             options.file, QStringLiteral("sync.key")};
            if (e.idText.isEmpty())
                return Error{ErrorCode::Server,
                             EntriesText::tr("entry %1 of getUpdates() is a delete with neither an id nor the key "
                                             "column '%2' in its value: fix the module")
                                 .arg(e.index + 1)
                                 .arg(key),
                             options.file, field};
            if (notKey)
                return Error{ErrorCode::Server,
                             EntriesText::tr("entry %1 (id %2) of getUpdates() is a delete without the key column "
                                             "'%3' in its value, and the module's ids are not the records' keys "
                                             "(entry %4 has the id %5 and the key %6): have the module give deletes "
                                             "their value with the key")
                                 .arg(e.index + 1)
                                 .arg(e.idText, key)
                                 .arg(notKey->index + 1)
                                 .arg(notKey->idText, JsonRecords::idText(notKey->value.value(key))),
                             options.file, field};
            value.insert(key, e.id); // the entry's id is the record's key
        }
        value.insert(options.deleteColumn, true);
        values.append(value);
    }
    QStringList columns;
    QSet<QString> seen;
    for (const QJsonObject &v : std::as_const(values))
        for (auto it = v.constBegin(); it != v.constEnd(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                columns.append(it.key());
            }
    if (!upserts)
        for (const QString &c : options.mappedColumns)
            if (!seen.contains(c) && c != options.deleteColumn) {
                seen.insert(c);
                columns.append(c);
            }
    if (!options.deleteColumn.isEmpty() && !seen.contains(options.deleteColumn))
        columns.append(options.deleteColumn); // the planner looks for it even when nothing was deleted this time
    out.records.columns = columns;
    out.records.rows = RowSet(int(columns.size()));
    for (const QJsonObject &v : std::as_const(values))
        JsonRecords::appendRow(out.records.rows, v, columns);
    return out;
}

} // namespace Ferry
