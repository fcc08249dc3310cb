// Ferry's bundled icons (resources/icons), so the app looks the same with or without a desktop theme.
#pragma once

#include <QIcon>

namespace Ferry::Icons {

// name: an icon of resources/icons ("document-new", "media-playback-start" …).
QIcon icon(const QString &name);
QIcon appIcon();

} // namespace Ferry::Icons
