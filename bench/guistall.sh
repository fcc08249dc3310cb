#!/usr/bin/env bash
# GUI stall benchmark (bench/guistall.cpp): the longest block of the desktop's event loop while a preview of
# N rows computes, scrolls, filters and is searched, and while a job logs without pause. Offscreen.
#   bench/guistall.sh [N]      default: 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target ferry-guistall >/dev/null
export XDG_CONFIG_HOME=$(mktemp -d /tmp/ferry-guistall.XXXXXX)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
QT_QPA_PLATFORM=offscreen build/bin/ferry-guistall "${1:-1000000}" 2>/dev/null
