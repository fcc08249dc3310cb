// A Fliplet target's file column (Fliplet Agent's `files:`): the column holds a local path or a remote URL;
// the file is uploaded to Fliplet media and the column gets the file's URL, <column>MediaFileId its id.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "secretref.h"

namespace Ferry {

struct FlipletFileColumn
{
    enum class Type { Local, Remote };
    QString column;                         // the target field (after mapping) that holds the path or URL
    Type type = Type::Local;                //
    QString directory;                      // local: relative paths are joined to it; empty: the job's folder
    QList<QPair<QString, QString>> headers; // remote: sent to the file's host (never the Fliplet token)
    // remote: headers whose value is a secret ({secret: env:NAME | file:PATH | keychain:NAME}), resolved at run
    // time as other secrets are (the job's secret fields "target.files[i].headers.<name>").
    QList<QPair<QString, SecretRef>> secretHeaders;

    // "<column>MediaFileId": the field that gets the media file's id.
    QString idColumn() const { return column + QStringLiteral("MediaFileId"); }
    friend bool operator==(const FlipletFileColumn &, const FlipletFileColumn &) = default;
};

} // namespace Ferry
