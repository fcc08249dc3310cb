#!/usr/bin/env bash
# Takes screenshots of Ferry's windows over the demo job, under Xvfb with real fonts, into docs/screenshots
# (or the folder given): the windows in English; the main window and the preview in French and German; the
# main window at 200 % scale, with a dark palette, and on a first start without jobs.
# Needs a build (scripts/test.sh or scripts/run.sh) and xvfb-run.
# Usage: scripts/screenshots.sh [OUT_DIR]
#        scripts/screenshots.sh OUT_DIR [ferry-screenshots options…]   one set only, e.g.
#        scripts/screenshots.sh /tmp/shots --language de --suffix -de --only editor-general,import,preferences
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
shift || true
cmake --build build --target ferry-screenshots >/dev/null
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/ferry-shots-run.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
config=$(mktemp -d /tmp/ferry-shots-config.XXXXXX)
trap 'rm -rf "$config"' EXIT

shoot() {
    # The settings of each set are its own (window sizes, log level); no keychain or session bus is used.
    rm -rf "${config:?}"/*
    XDG_CONFIG_HOME=$config DBUS_SESSION_BUS_ADDRESS=disabled: \
        xvfb-run -a -s "-screen 0 2560x1600x24 -dpi 96" build/bin/ferry-screenshots "$out" "$@"
}

if (($# > 0)); then
    shoot "$@"
    exit
fi
shoot
shoot --empty
shoot --language fr --suffix -fr --only main-window,preview
shoot --language de --suffix -de --only main-window,preview
shoot --dark --suffix -dark --only main-window,preview
shoot --only editor-target-module
QT_SCALE_FACTOR=2 shoot --suffix -200 --only main-window
# The tray's menu, on a screen with a tray host (trayer).
rm -rf "${config:?}"/*
XDG_CONFIG_HOME=$config scripts/with-tray.sh build/bin/ferry-screenshots "$out" --only tray-menu
