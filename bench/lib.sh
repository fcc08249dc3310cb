# Shared by the benchmark scripts (source it after setting $work, a scratch folder).
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

# Runs the command (its JSON to $work/last.json); prints "wall-seconds peak-MiB cpu-seconds" of it and the
# children it waited for. Exits with its output when it fails.
measure() {
    local out=$work/time.txt
    /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >"$work/last.json" 2>"$work/last.err" || {
        cat "$work/last.err" "$work/last.json" >&2
        exit 1
    }
    awk '{ printf "%.2f %.0f %.2f", $1, $2 / 1024, $3 + $4 }' "$out"
}

# An SQLite table `customers` of n rows (id, name, email, city, amount, updated_at) in the file db.
make_customers() { # db n
    sqlite3 "$1" <<SQL
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, city TEXT, amount REAL, updated_at TEXT);
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $2)
INSERT INTO customers SELECT i, 'Customer ' || i, 'customer' || i || '@example.invalid',
    'City ' || (i % 500), round(i * 1.37, 2), strftime('%Y-%m-%d %H:%M:%f', 1700000000 + i, 'unixepoch') FROM seq;
SQL
}

# Starts the Fliplet API emulator (data source 1, token eu--bench) and exports its URL and the token; its pid
# in $emu.
start_emulator() {
    rm -f "$work/emu.url"
    build/bin/fliplet-emulator --token eu--bench --datasource 1 >"$work/emu.url" &
    emu=$!
    for _ in $(seq 100); do [[ -s $work/emu.url ]] && break; sleep 0.05; done
    export FERRY_FLIPLET_API_URL=$(cat "$work/emu.url") FERRY_BENCH_TOKEN=eu--bench
}

stop_emulator() {
    kill "$emu"
    wait "$emu" 2>/dev/null || true
}
