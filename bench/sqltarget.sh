#!/usr/bin/env bash
# Benchmark: a PostgreSQL table of N rows copied into MariaDB by ferry-cli (type: sql target, the table
# created by the first run), then the no-op resync, then a resync after 10 % of the rows changed; timed with
# ferry-cli's peak memory. Needs a build (ferry-cli) and the test servers:
#   export FERRY_DB_DIR=$(mktemp -d); eval "$(scripts/db-servers.sh start)"
#   bench/sqltarget.sh [N...]        default: 1000000
# Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/bin
[[ -x $bin/ferry-cli ]] || { echo "build first: ninja -C build ferry-cli" >&2; exit 1; }
[[ -n ${FERRY_TEST_PG:-} && -n ${FERRY_TEST_MY:-} ]] || { echo "start the servers: eval \"\$(scripts/db-servers.sh start)\"" >&2; exit 1; }
IFS=';' read -r pghost pgport pguser pgpass pgdb <<<"$FERRY_TEST_PG"
IFS=';' read -r myhost myport myuser mypass mydb <<<"$FERRY_TEST_MY"
export PGPASSWORD=$pgpass FERRY_BENCH_PG=$pgpass FERRY_BENCH_MY=$mypass
psql_() { psql -h "$pghost" -p "$pgport" -U "$pguser" -d "$pgdb" -q -v ON_ERROR_STOP=1 "$@"; }
mysql_() { mysql -h "$myhost" -P "$myport" -u "$myuser" -p"$mypass" "$mydb" "$@"; }

sizes=("$@")
((${#sizes[@]})) || sizes=(1000000)
work=$(mktemp -d /tmp/ferry-bench-sql.XXXXXX)
trap 'rm -rf "$work"' EXIT

source bench/lib.sh

echo "| rows | first copy (s) | ferry CPU (s) | peak MiB | no-op resync (s) | ferry CPU (s) | peak MiB | 10 % changed (s) | ferry CPU (s) | peak MiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
    psql_ <<SQL
DROP TABLE IF EXISTS bench_customers;
CREATE TABLE bench_customers (id int PRIMARY KEY, name text, email text, city text, amount numeric(12,2),
    active boolean, updated_at timestamp(3));
INSERT INTO bench_customers SELECT i, 'Customer ' || i, 'customer' || i || '@example.invalid', 'City ' || (i % 500),
    round(i * 1.37, 2), i % 3 = 0, timestamp '2024-01-01' + i * interval '1 second' FROM generate_series(1, $n) i;
SQL
    mysql_ -e 'DROP TABLE IF EXISTS bench_customers'
    cat >"$work/job-$n.yml" <<YML
ferry: 1
id: bench-sql-$n
name: bench sql $n
source: {type: sql, driver: postgres, host: $pghost, port: $pgport, database: $pgdb, username: $pguser,
         password: {secret: env:FERRY_BENCH_PG}, query: "SELECT * FROM bench_customers"}
target: {type: sql, driver: mysql, host: $myhost, port: $myport, database: $mydb, username: $myuser,
         password: {secret: env:FERRY_BENCH_MY}, table: bench_customers, create_table: true}
sync: {mode: replace, key: id, delete_safeguard: {max_share: 1}}
YML
    read -r t1 m1 c1 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --json --quiet --state "$work/state")"
    grep -q "\"inserted\":$n" "$work/last.json" || { echo "the first copy did not insert $n rows:" >&2; cat "$work/last.json" >&2; exit 1; }
    read -r t2 m2 c2 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --json --quiet --state "$work/state")"
    grep -q "\"unchanged\":$n" "$work/last.json" || { echo "the resync was not a no-op:" >&2; cat "$work/last.json" >&2; exit 1; }
    psql_ -c "UPDATE bench_customers SET name = name || ' (moved)' WHERE id % 10 = 0"
    read -r t3 m3 c3 <<<"$(measure $bin/ferry-cli run "$work/job-$n.yml" --json --quiet --state "$work/state")"
    grep -q "\"updated\":$((n / 10))" "$work/last.json" || { echo "the resync did not update $((n / 10)) rows:" >&2; cat "$work/last.json" >&2; exit 1; }
    echo "| $n | $t1 | $c1 | $m1 | $t2 | $c2 | $m2 | $t3 | $c3 | $m3 |"
    psql_ -c 'DROP TABLE bench_customers'
    mysql_ -e 'DROP TABLE bench_customers'
done
