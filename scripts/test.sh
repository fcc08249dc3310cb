#!/usr/bin/env bash
# Installs what is missing, builds, checks formatting and runs the whole test suite, with real PostgreSQL
# and MariaDB servers on loopback. Non-interactive; run as root on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
scripts/check-format.sh

export FERRY_DB_DIR=${FERRY_DB_DIR:-$(mktemp -d /tmp/ferry-dbs.XXXXXX)}
trap 'scripts/db-servers.sh stop' EXIT
eval "$(scripts/db-servers.sh start)"
export FERRY_REQUIRE_SERVERS=1

ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
