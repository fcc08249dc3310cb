// Run reports as text (for people) and JSON (for scripts): counts, and for dry runs every change with its
// key, action, reason and changed fields (old -> new).
#pragma once

#include "jobrunner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Ferry {

QJsonObject reportToJson(const RunReport &report);
QString reportToText(const RunReport &report);

} // namespace Ferry
