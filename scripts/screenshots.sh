#!/usr/bin/env bash
# Takes screenshots of Ferry's windows over the demo job, under Xvfb with real fonts, into docs/screenshots
# (or the folder given). Needs a build (scripts/test.sh or scripts/run.sh) and xvfb-run.
# Usage: scripts/screenshots.sh [OUT_DIR] [--language fr]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
shift || true
cmake --build build --target ferry-screenshots >/dev/null
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/ferry-shots-run.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
# The settings of a screenshot session are its own (window sizes, log level).
export XDG_CONFIG_HOME=$(mktemp -d /tmp/ferry-shots-config.XXXXXX)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" build/bin/ferry-screenshots "$out" "$@"
