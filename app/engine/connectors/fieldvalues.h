// What a connector form's field holds counts as "not set" when it is this: no value, blank text, an empty list.
// Shared by the registry's own field types and the connector types that build fields of their own.
#pragma once

#include <QVariant>

namespace Ferry {

bool isEmptyFieldValue(const QVariant &v);

} // namespace Ferry
