#!/usr/bin/env bash
# Starts (or stops) throwaway PostgreSQL and MariaDB servers on loopback for the integration tests.
#   eval "$(scripts/db-servers.sh start)"   prints the FERRY_TEST_* variables the tests read
#   scripts/db-servers.sh stop              stops them and removes their data
# Runs as root (PostgreSQL itself runs as the postgres user). State lives under $FERRY_DB_DIR.
set -euo pipefail

base=${FERRY_DB_DIR:-/tmp/ferry-test-dbs}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)

log() { echo "db-servers: $*" >&2; }

free_port() {
    local p=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
}

stop() {
    if [[ -f $base/pg/data/postmaster.pid ]]; then
        su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $base/pg/data -m immediate stop" >/dev/null 2>&1 || true
    fi
    if [[ -f $base/my/pid ]]; then
        kill "$(cat "$base/my/pid")" 2>/dev/null || true
        for _ in $(seq 100); do [[ -e $base/my/pid ]] || break; sleep 0.1; done
    fi
    rm -rf "$base"
}

start() {
    [[ -n $pgbin ]] || { log "PostgreSQL is not installed: run scripts/install-deps.sh"; exit 1; }
    command -v mariadbd >/dev/null || { log "MariaDB is not installed: run scripts/install-deps.sh"; exit 1; }
    stop
    mkdir -p "$base/pg" "$base/my"
    chmod 755 "$base"
    chown postgres:postgres "$base/pg"

    local pgport myport
    pgport=$(free_port "${FERRY_PG_PORT:-55432}")
    log "PostgreSQL on 127.0.0.1:$pgport"
    su postgres -s /bin/sh -c "$pgbin/initdb -D $base/pg/data -U postgres -A trust --auth-host=scram-sha-256 \
        --no-sync -E UTF8 --locale=C.UTF-8" >"$base/pg/initdb.log" 2>&1 || { cat "$base/pg/initdb.log" >&2; exit 1; }
    su postgres -s /bin/sh -c "$pgbin/pg_ctl -D $base/pg/data -l $base/pg/log -w -o '-p $pgport -k $base/pg \
        -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' start" \
        >/dev/null || { cat "$base/pg/log" >&2; exit 1; }
    psql -h "$base/pg" -p "$pgport" -U postgres -qc "create role ferry login password 'ferrypw'" >/dev/null
    psql -h "$base/pg" -p "$pgport" -U postgres -qc "create database ferrytest owner ferry" >/dev/null

    myport=$(free_port "${FERRY_MY_PORT:-53306}")
    log "MariaDB on 127.0.0.1:$myport"
    mariadb-install-db --no-defaults --user=root --datadir="$base/my/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$base/my/install.log" 2>&1 || { cat "$base/my/install.log" >&2; exit 1; }
    mariadbd --no-defaults --user=root --datadir="$base/my/data" --socket="$base/my/sock" --pid-file="$base/my/pid" \
        --port="$myport" --bind-address=127.0.0.1 --skip-log-bin --innodb-flush-log-at-trx-commit=0 \
        --log-error="$base/my/err.log" </dev/null >/dev/null 2>&1 &
    for _ in $(seq 300); do
        mariadb-admin --no-defaults -S "$base/my/sock" -uroot ping >/dev/null 2>&1 && break
        sleep 0.1
    done
    mariadb --no-defaults -S "$base/my/sock" -uroot -e "create database ferrytest; \
        create user 'ferry'@'%' identified by 'ferrypw'; grant all on ferrytest.* to 'ferry'@'%';" \
        || { cat "$base/my/err.log" >&2; exit 1; }

    # host;port;user;password;database
    echo "export FERRY_TEST_PG='127.0.0.1;$pgport;ferry;ferrypw;ferrytest'"
    echo "export FERRY_TEST_MY='127.0.0.1;$myport;ferry;ferrypw;ferrytest'"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
