// A Fliplet target's file column (Fliplet Agent's `files:`): the column holds a local path or a remote URL;
// the file is uploaded to Fliplet media and the column gets the file's URL, <column>MediaFileId its id.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Ferry {

struct FlipletFileColumn
{
    enum class Type { Local, Remote };
    QString column;                         // the target field (after mapping) that holds the path or URL
    Type type = Type::Local;                //
    QString directory;                      // local: relative paths are joined to it; empty: the job's folder
    QList<QPair<QString, QString>> headers; // remote: sent to the file's host (never the Fliplet token)

    // "<column>MediaFileId": the field that gets the media file's id.
    QString idColumn() const { return column + QStringLiteral("MediaFileId"); }
    friend bool operator==(const FlipletFileColumn &, const FlipletFileColumn &) = default;
};

} // namespace Ferry
