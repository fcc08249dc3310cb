// The registry fields of the auth: and transport: blocks (keys "auth.type", "auth.token", …,
// "transport.ca_file", …), for any HTTP connector type: given where its blocks live in a JobSpec, they are
// appended to its fields, so its form, checks and job file handling come with them.
#pragma once

#include "connectorregistry.h"
#include "job/httpspec.h"

#include <functional>

namespace Ferry {

using HttpAuthAccessor = std::function<HttpAuthSpec &(JobSpec &)>;
using HttpTransportAccessor = std::function<HttpTransportSpec &(JobSpec &)>;

void appendHttpAuthFields(QList<ConnectorField> &fields, HttpAuthAccessor auth);
void appendHttpTransportFields(QList<ConnectorField> &fields, HttpTransportAccessor transport);

} // namespace Ferry
