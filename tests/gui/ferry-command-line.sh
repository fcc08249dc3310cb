#!/usr/bin/env bash
# The desktop app's command line, without opening a window: --version and --help answer and exit 0; an
# unknown option or a stray argument is refused with exit 3 and the usage; no display is said plainly
# (exit 2). Usage: ferry-command-line.sh PATH_TO_FERRY
set -euo pipefail
ferry=${1:?usage: ferry-command-line.sh PATH_TO_FERRY}
fail() { echo "ferry-command-line: $*" >&2; exit 1; }

out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$ferry" --version) || fail "--version failed"
[[ "$out" =~ ^ferry\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version said: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$ferry" --help) || fail "--help failed"
[[ "$out" == usage:*--select* ]] || fail "--help said: $out"

set +e
err=$("$ferry" --jbos /tmp 2>&1 >/dev/null); code=$?
set -e
[[ $code -eq 3 && "$err" == *"unknown option --jbos"* && "$err" == *usage:* ]] || fail "--jbos: exit $code: $err"
set +e
err=$("$ferry" demo-customers 2>&1 >/dev/null); code=$?
set -e
[[ $code -eq 3 && "$err" == *"--select JOB_ID"* ]] || fail "stray argument: exit $code: $err"
set +e
err=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$ferry" 2>&1 >/dev/null); code=$?
set -e
[[ $code -eq 2 && "$err" == *"no display"* ]] || fail "no display: exit $code: $err"
echo "ferry-command-line: ok"
