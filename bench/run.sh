#!/usr/bin/env bash
# Benchmark: first push and no-op resync of an N-row SQLite table into the Fliplet API emulator, timed
# with peak memory (ferry-cli's own, the emulator runs in its own process).
#   bench/run.sh [N...]        default: 100000 1000000
# Needs a build (cmake --build build); prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin
[[ -x $bin/ferry-cli && -x $bin/fliplet-emulator ]] || { echo "build first: cmake --build build" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

sizes=("$@")
((${#sizes[@]})) || sizes=(100000 1000000)
work=$(mktemp -d /tmp/ferry-bench.XXXXXX)
trap 'kill $emu 2>/dev/null || true; rm -rf "$work"' EXIT

measure() { # the command; prints "wall-seconds peak-MiB cpu-seconds" of ferry-cli itself
    local out=$work/time.txt
    /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >"$work/last.json" 2>"$work/last.err" || {
        cat "$work/last.err" >&2
        exit 1
    }
    awk '{ printf "%.2f %.0f %.2f", $1, $2 / 1024, $3 + $4 }' "$out"
}

echo "| rows | first push (s) | ferry CPU (s) | peak MiB | no-op resync (s) | ferry CPU (s) | peak MiB | dry run, every row updated (s) | peak MiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
    db=$work/source-$n.sqlite
    sqlite3 "$db" <<SQL
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, city TEXT, amount REAL, updated_at TEXT);
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $n)
INSERT INTO customers SELECT i, 'Customer ' || i, 'customer' || i || '@example.invalid',
    'City ' || (i % 500), round(i * 1.37, 2), strftime('%Y-%m-%d %H:%M:%f', 1700000000 + i, 'unixepoch') FROM seq;
SQL
    cat >"$work/job-$n.yml" <<YML
ferry: 1
id: bench-$n
name: bench $n
source: {type: sql, driver: sqlite, path: source-$n.sqlite,
         query: "SELECT id, name, email, city, amount, updated_at FROM customers"}
target: {type: fliplet, datasource_id: 1, auth_token: {secret: env:FERRY_BENCH_TOKEN}}
sync: {mode: update, key: id, timestamp_column: updated_at}
YML
    $bin/fliplet-emulator --token eu--bench --datasource 1 >"$work/emu.url" &
    emu=$!
    for _ in $(seq 100); do [[ -s $work/emu.url ]] && break; sleep 0.05; done
    export FERRY_FLIPLET_API_URL=$(cat "$work/emu.url") FERRY_BENCH_TOKEN=eu--bench
    read -r t1 m1 c1 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --json --quiet --state "$work/state")"
    grep -q "\"inserted\":$n" "$work/last.json" || { echo "first push did not insert $n rows:" >&2; cat "$work/last.json" >&2; exit 1; }
    read -r t2 m2 c2 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --json --quiet --state "$work/state")"
    grep -q "\"unchanged\":$n" "$work/last.json" || { echo "resync was not a no-op:" >&2; cat "$work/last.json" >&2; exit 1; }
    # Every row changed (a newer timestamp and a new name): the dry run reports each update, field by field.
    sqlite3 "$db" "UPDATE customers SET name = name || ' (moved)', updated_at = strftime('%Y-%m-%d %H:%M:%f', 1800000000 + id, 'unixepoch')"
    read -r t3 m3 c3 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --dry-run --json --quiet --state "$work/state")"
    grep -q "\"updated\":$n" "$work/last.json" || { echo "the dry run did not plan $n updates" >&2; exit 1; }
    kill $emu
    wait $emu 2>/dev/null || true
    echo "| $n | $t1 | $c1 | $m1 | $t2 | $c2 | $m2 | $t3 | $m3 |"
done
