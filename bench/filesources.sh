#!/usr/bin/env bash
# Benchmark: an N-row CSV file (and the same rows as NDJSON) into a SQLite table: first run and no-op resync,
# timed with ferry-cli's peak memory. The file is streamed (CSV in 1 MiB chunks, JSON mapped), so the peak is
# the rows held for planning, not the file.
#   bench/filesources.sh [N...]        default: 1000000
# Needs a build (ninja -C build ferry-cli); prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin
[[ -x $bin/ferry-cli ]] || { echo "build first: ninja -C build ferry-cli" >&2; exit 1; }

sizes=("$@")
((${#sizes[@]})) || sizes=(1000000)
work=$(mktemp -d /tmp/ferry-bench-files.XXXXXX)
trap 'rm -rf "$work"' EXIT

source bench/lib.sh

echo "| source | rows | file MiB | first run (s) | CPU (s) | peak MiB | no-op resync (s) | CPU (s) | peak MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
    awk -v n="$n" 'BEGIN {
        print "id,name,email,city,amount,born,active"
        for (i = 1; i <= n; i++)
            printf "%d,\"Customer %d, Jr\",customer%d@example.invalid,City %d,%.2f,19%02d-%02d-%02d,%s\n",
                i, i, i, i % 500, i * 1.37, i % 100, i % 12 + 1, i % 28 + 1, (i % 2 ? "true" : "false")
    }' >"$work/source-$n.csv"
    awk -v n="$n" 'BEGIN {
        for (i = 1; i <= n; i++)
            printf "{\"id\":%d,\"name\":\"Customer %d, Jr\",\"email\":\"customer%d@example.invalid\",\"city\":\"City %d\",\"amount\":%.2f,\"tags\":[\"a\",%d]}\n",
                i, i, i, i % 500, i * 1.37, i % 7
    }' >"$work/source-$n.ndjson"
    for kind in csv ndjson; do
        if [[ $kind == csv ]]; then
            source="{type: csv, path: source-$n.csv, columns: {id: integer, amount: decimal, born: date, active: boolean}}"
        else
            source="{type: json, path: source-$n.ndjson}"
        fi
        cat >"$work/job-$kind-$n.yml" <<YML
ferry: 1
id: bench-files-$kind-$n
source: $source
target: {type: sqlite, path: target-$kind-$n.sqlite, table: customers, create_table: true, batch_rows: 100000}
sync: {key: id, mode: replace, delete_safeguard: {max_rows: 1000000000, max_share: 1}}
YML
        size=$(du -m "$work/source-$n.$kind" | cut -f1)
        first=$(measure "$bin/ferry-cli" run "$work/job-$kind-$n.yml" --json --state "$work/state")
        again=$(measure "$bin/ferry-cli" run "$work/job-$kind-$n.yml" --json --state "$work/state")
        grep -q '"unchanged":'"$n" "$work/last.json" || { echo "resync was not a no-op:" >&2; cat "$work/last.json" >&2; exit 1; }
        read -r t1 m1 c1 <<<"$first"
        read -r t2 m2 c2 <<<"$again"
        echo "| $kind | $n | $size | $t1 | $c1 | $m1 | $t2 | $c2 | $m2 |"
    done
done
