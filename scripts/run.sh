#!/usr/bin/env bash
# Installs what is missing, builds Ferry and starts the desktop app with the bundled demo job in its job
# list (the demo customer list, resources/demo/demo.sqlite, synced into a local SQLite table), ready to
# preview and run. Without a display it says so and runs the demo job headless with ferry-cli instead:
# first as a dry run, then for real.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --build-only
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target ferry-cli ferry

demo=$PWD/build/demo
mkdir -p "$demo"
cp resources/demo/demo-job.yml "$demo/"
[[ -f "$demo/demo.sqlite" ]] || cp resources/demo/demo.sqlite "$demo/"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so Ferry's window cannot open:"
    echo "running the demo job headless with ferry-cli instead."
    echo
    echo "== Dry run: what the demo job would change =="
    build/bin/ferry-cli run "$demo/demo-job.yml" --dry-run --state "$demo/state"
    echo
    echo "== Run =="
    build/bin/ferry-cli run "$demo/demo-job.yml" --state "$demo/state"
    echo
    echo "The synced table is in $demo/demo-target.sqlite; run this again to see a no-op resync."
    exit 0
fi

# The demo job joins the user's job list once (the job folder the app and ferry-cli share).
if ! build/bin/ferry-cli list --json 2>/dev/null | grep -q '"id":"demo-customers"'; then
    build/bin/ferry-cli import "$demo/demo-job.yml"
fi
echo "Starting Ferry; the demo job is selected: Preview (Ctrl+P) shows what it would change."
exec build/bin/ferry --select demo-customers
