// The pieces of an HTTP JSON API answer the HTTP source reads: a JSON pointer (RFC 6901) into the body, the
// rel="next" target of a Link header (RFC 8288), and RecordCollector, which turns records (JSON objects)
// into rows: the union of their top-level keys as columns, in the order they are first met (within a record in
// alphabetical order, as Qt's JSON objects keep their keys); nested objects
// and arrays as compact JSON text.
#pragma once

#include "core/recordset.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Ferry {

// The value at pointer ("" is the whole document; "/data/items", "/a~1b" for the key "a/b"); nullopt when the
// path does not exist. A pointer without its leading "/" ("data/items") is read as if it had one.
std::optional<QJsonValue> jsonPointer(const QJsonValue &root, const QString &pointer);

// The target of the Link header's rel="next" entry ("<https://…?page=2>; rel=\"next\", <…>; rel=\"last\""),
// or empty.
QString linkHeaderNext(const QByteArray &header);

class RecordCollector
{
public:
    // Adds objects; every element must be one (the caller checks).
    void add(const QJsonArray &records);
    qsizetype size() const { return m_records.size(); }
    QStringList columns() const { return m_columns; }
    // The records as rows; the collector is empty afterwards.
    RecordSet take();
    // A column's JSON types, as seen ("string", "number", "boolean", "object", "array"), for discover().
    QString typeOf(const QString &column) const;

private:
    QList<QJsonObject> m_records;
    QStringList m_columns;
    QHash<QString, QStringList> m_types;
};

} // namespace Ferry
