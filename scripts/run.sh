#!/usr/bin/env bash
# Installs what is missing, builds Ferry and runs its bundled demo job: the demo customer list
# (resources/demo/demo.sqlite) synced into a local SQLite table, first as a dry run, then for real.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --build-only
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target ferry-cli

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: running the demo job headless with ferry-cli."
else
    echo "Ferry's desktop window is not built yet; running the demo job with ferry-cli."
fi

demo=build/demo
mkdir -p "$demo"
cp resources/demo/demo-job.yml resources/demo/demo.sqlite "$demo/"
echo
echo "== Dry run: what the demo job would change =="
build/bin/ferry-cli run "$demo/demo-job.yml" --dry-run --state "$demo/state"
echo
echo "== Run =="
build/bin/ferry-cli run "$demo/demo-job.yml" --state "$demo/state"
echo
echo "The synced table is in $demo/demo-target.sqlite; run this again to see a no-op resync."
