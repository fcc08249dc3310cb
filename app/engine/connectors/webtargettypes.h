// The registry entries (form fields, capabilities, factories) of the web targets: REST and webhook.
#pragma once

#include "connectorregistry.h"

namespace Ferry {

ConnectorType restTargetType();
ConnectorType webhookTargetType();

// Headers as the forms show them: "Name: value" entries separated by "; ".
QString headersText(const QList<QPair<QString, QString>> &headers);
QList<QPair<QString, QString>> headersFromText(const QString &text);

} // namespace Ferry
