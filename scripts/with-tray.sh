#!/usr/bin/env bash
# Runs a command on a private X server (Xvfb) with a system tray (trayer, an XEmbed tray host), for tests of
# Ferry's tray icon and screenshots of its menu. No session bus: Qt uses the XEmbed tray, not D-Bus.
# Usage: scripts/with-tray.sh COMMAND [ARGS…]
set -euo pipefail
command -v Xvfb >/dev/null || { echo "with-tray: Xvfb is missing (apt-get install xvfb)" >&2; exit 1; }
command -v trayer >/dev/null || { echo "with-tray: trayer is missing (apt-get install trayer)" >&2; exit 1; }

# A free display number (tests may run several at once).
display=$((100 + RANDOM % 400))
while [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
tray=""
cleanup() {
    [[ -n $tray ]] && kill "$tray" 2>/dev/null
    kill "$xvfb" 2>/dev/null
    wait 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=:$display
for _ in $(seq 1 100); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.05; done
trayer --edge top --align right --widthtype request --height 32 --transparent false --SetDockType true \
    >/dev/null 2>&1 &
tray=$!
sleep 0.5 # trayer takes the tray selection
# Tests fail (rather than skip) when the tray never shows up.
export QT_QPA_PLATFORM=xcb DBUS_SESSION_BUS_ADDRESS=disabled: FERRY_REQUIRE_TRAY=1
"$@"
