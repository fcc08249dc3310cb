#!/usr/bin/env bash
# Runs the real json-server (0.17.4, from tests/fixtures/json-server, installed by scripts/install-deps.sh)
# on loopback for the REST target's tests.
#   scripts/json-server.sh DB.json [PORT]   serves DB.json on 127.0.0.1:PORT (default: a free port), in the
#                                           foreground; prints "json-server: http://127.0.0.1:PORT" on stderr
#   scripts/json-server.sh --check          exits 0 when json-server and node are installed
# The tests start one per test case with a fresh DB.json and stop it by its process id.
set -euo pipefail

dir="$(cd "$(dirname "$0")/.." && pwd)/tests/fixtures/json-server"
bin=$dir/node_modules/.bin/json-server

if ! command -v node >/dev/null || [[ ! -x $bin ]]; then
    echo "json-server: not installed: run scripts/install-deps.sh (it runs npm ci in $dir)" >&2
    exit 1
fi
if [[ "${1:-}" == "--check" ]]; then
    exit 0
fi
[[ $# -ge 1 ]] || { echo "usage: $0 DB.json [PORT] | --check" >&2; exit 2; }

free_port() {
    local p=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

port=${2:-$(free_port $((30000 + RANDOM % 20000)))}
echo "json-server: http://127.0.0.1:$port" >&2
exec node "$dir/node_modules/json-server/lib/cli/bin.js" --host 127.0.0.1 --port "$port" --quiet "$1"
