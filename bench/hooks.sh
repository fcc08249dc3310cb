#!/usr/bin/env bash
# Benchmark: what a preMap hook costs. An N-row SQLite table pushed into the Fliplet API emulator twice per
# round, once plainly and once with a preMap hook that changes one field of every record (Node.js runs it in
# the extension host), each from scratch; prints each round and the median of the hook's extra wall time.
#   bench/hooks.sh [N [ROUNDS]]        default: 1000000 3
# Needs a build (ninja -C build ferry-cli fliplet-emulator) and Node.js; prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin
[[ -x $bin/ferry-cli && -x $bin/fliplet-emulator ]] || { echo "build first: ninja -C build ferry-cli fliplet-emulator" >&2; exit 1; }
n=${1:-1000000}
rounds=${2:-3}
work=$(mktemp -d /tmp/ferry-bench-hooks.XXXXXX)
trap 'rm -rf "$work"' EXIT # each push stops its emulator
source bench/lib.sh

make_customers "$work/source.sqlite" "$n"
cat >"$work/premap.js" <<'JS'
'use strict';
// Changes one field of every record.
exports.preMap = function (options, callback) {
    callback(null, options.preMapData.map((record) => {
        record.city = record.city.toUpperCase();
        return {data: record};
    }));
};
JS
for kind in plain hook; do
    cat >"$work/job-$kind.yml" <<YML
ferry: 1
id: bench-hooks-$kind
name: bench hooks $kind
source: {type: sql, driver: sqlite, path: source.sqlite,
         query: "SELECT id, name, email, city, amount, updated_at FROM customers"}
target: {type: fliplet, datasource_id: 1, auth_token: {secret: env:FERRY_BENCH_TOKEN}}
sync: {mode: update, key: id, timestamp_column: updated_at}
YML
done
echo "hooks: {file: premap.js, calls: [preMap]}" >>"$work/job-hook.yml"

push() { # kind; prints "wall peak cpu" of a first push of every row
    rm -rf "$work/state"
    start_emulator
    trap 'kill $emu 2>/dev/null || true' EXIT # push runs in a subshell: its emulator goes with it
    measure $bin/ferry-cli run "$work/job-$1.yml" --json --quiet --state "$work/state"
    grep -q "\"inserted\":$n" "$work/last.json" || { echo "the push did not insert $n rows:" >&2; cat "$work/last.json" >&2; exit 1; }
}

echo "| round | rows | first push (s) | CPU (s) | peak MiB | with the preMap hook (s) | CPU, Node.js included (s) | peak MiB | the hook's extra time (s) |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
extras=()
for round in $(seq "$rounds"); do
    read -r t1 m1 c1 <<<"$(push plain)"
    read -r t2 m2 c2 <<<"$(push hook)"
    [[ -n $t1 && -n $t2 ]] || exit 1 # push said why
    extra=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2f", b - a }')
    extras+=("$extra")
    echo "| $round | $n | $t1 | $c1 | $m1 | $t2 | $c2 | $m2 | $extra |"
done
median=$(printf '%s\n' "${extras[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
echo
echo "Median extra wall time of the preMap hook: $median s (goal: at most 5 s for 1,000,000 rows)"
