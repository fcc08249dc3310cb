// The Fliplet target's "files" field in the connector registry (FieldType::FileColumns): the job editor builds
// its file-columns editor from it, and reads and writes FlipletTargetSpec::files through it.
#pragma once

#include "connectorregistry.h"

namespace Ferry {

ConnectorField flipletFilesField();

// The field's value: a QVariantList of QVariantMap {column, type ("local" or "remote"), directory, headers (a
// QVariantList of QStringList{name, value})}; an empty list is an invalid QVariant.
QVariant flipletFilesToVariant(const QList<FlipletFileColumn> &files);
QList<FlipletFileColumn> flipletFilesFromVariant(const QVariant &value);

} // namespace Ferry
