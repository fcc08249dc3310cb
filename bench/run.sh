#!/usr/bin/env bash
# Benchmark: first push and no-op resync of an N-row SQLite table into the Fliplet API emulator, timed
# with peak memory (ferry-cli's own, the emulator runs in its own process).
#   bench/run.sh [N...]        default: 100000 1000000
# Needs a build (cmake --build build); prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin
[[ -x $bin/ferry-cli && -x $bin/fliplet-emulator ]] || { echo "build first: cmake --build build" >&2; exit 1; }

sizes=("$@")
((${#sizes[@]})) || sizes=(100000 1000000)
work=$(mktemp -d /tmp/ferry-bench.XXXXXX)
trap 'kill $emu 2>/dev/null || true; rm -rf "$work"' EXIT

source bench/lib.sh

echo "| rows | first push (s) | ferry CPU (s) | peak MiB | no-op resync (s) | ferry CPU (s) | peak MiB | dry run, every row updated (s) | peak MiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
    db=$work/source-$n.sqlite
    make_customers "$db" "$n"
    cat >"$work/job-$n.yml" <<YML
ferry: 1
id: bench-$n
name: bench $n
source: {type: sql, driver: sqlite, path: source-$n.sqlite,
         query: "SELECT id, name, email, city, amount, updated_at FROM customers"}
target: {type: fliplet, datasource_id: 1, auth_token: {secret: env:FERRY_BENCH_TOKEN}}
sync: {mode: update, key: id, timestamp_column: updated_at}
YML
    start_emulator
    read -r t1 m1 c1 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --json --quiet --state "$work/state")"
    grep -q "\"inserted\":$n" "$work/last.json" || { echo "first push did not insert $n rows:" >&2; cat "$work/last.json" >&2; exit 1; }
    read -r t2 m2 c2 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --json --quiet --state "$work/state")"
    grep -q "\"unchanged\":$n" "$work/last.json" || { echo "resync was not a no-op:" >&2; cat "$work/last.json" >&2; exit 1; }
    # Every row changed (a newer timestamp and a new name): the dry run reports each update, field by field.
    sqlite3 "$db" "UPDATE customers SET name = name || ' (moved)', updated_at = strftime('%Y-%m-%d %H:%M:%f', 1800000000 + id, 'unixepoch')"
    read -r t3 m3 c3 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --dry-run --json --quiet --state "$work/state")"
    grep -q "\"updated\":$n" "$work/last.json" || { echo "the dry run did not plan $n updates" >&2; exit 1; }
    stop_emulator
    echo "| $n | $t1 | $c1 | $m1 | $t2 | $c2 | $m2 | $t3 | $m3 |"
done
