#!/usr/bin/env bash
# One Ferry per user and job folder (offscreen): a second `ferry` raises the first and exits 0; `ferry --run JOB`
# runs the job in the first (recorded in the state store) or says why not (exit 2); without a display,
# --run still reaches it; a Ferry killed outright leaves a socket that the next launch takes over.
# Usage: ferry-single-instance.sh PATH_TO_FERRY SOURCE_DIR
set -euo pipefail
ferry=${1:?usage: ferry-single-instance.sh PATH_TO_FERRY SOURCE_DIR}
src=${2:?}
work=$(mktemp -d /tmp/ferry-single.XXXXXX)
first=""
cleanup() {
    [[ -n $first ]] && { kill -9 "$first" 2>/dev/null; wait "$first" 2>/dev/null || true; }
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "ferry-single-instance: $*" >&2; exit 1; }

export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/run HOME=$work/home
export QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled:
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" "$work/jobs" && chmod 700 "$XDG_RUNTIME_DIR"
cp "$src/resources/demo/demo.sqlite" "$work/"
sed -e "s|path: demo.sqlite|path: $work/demo.sqlite|; s|path: demo-target.sqlite|path: $work/target.sqlite|" \
    "$src/resources/demo/demo-job.yml" >"$work/jobs/demo.yml"
args=(--jobs "$work/jobs" --state "$work/state")

start_first() {
    "$ferry" "${args[@]}" >"$work/first.log" 2>&1 &
    first=$!
    # Ready once it answers. The probe has no display, so it never becomes the first itself: without an
    # answer it says there is no display.
    for _ in $(seq 1 150); do
        out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$ferry" "${args[@]}" --run probe-job 2>&1 || true)
        [[ "$out" == *"probe-job"* ]] && break
        kill -0 "$first" 2>/dev/null || { cat "$work/first.log" >&2; fail "the first ferry ended"; }
        sleep 0.1
    done
    [[ "$out" == *"probe-job"* ]] || fail "the first ferry never answered: $out"
    out=$("$ferry" "${args[@]}" 2>&1) || fail "a second launch failed: $out"
    [[ "$out" == *"brought to the front"* ]] || fail "a second launch said: $out"
}

start_first
out=$("$ferry" "${args[@]}" --run "Demo customers") || fail "--run: $out"
[[ "$out" == *"Demo customers started in the running Ferry"* ]] || fail "--run said: $out"
for _ in $(seq 1 300); do
    [[ -f "$work/target.sqlite" ]] && [[ $(sqlite3 "$work/state/state.sqlite" \
        "SELECT count(*) FROM runs WHERE status = 'succeeded'" 2>/dev/null || echo 0) -ge 1 ]] && break
    sleep 0.1
done
[[ $(sqlite3 "$work/target.sqlite" "SELECT count(*) FROM customers") -ge 1 ]] || fail "the run wrote nothing"

set +e
out=$("$ferry" "${args[@]}" --run "no such job" 2>&1); code=$?
set -e
[[ $code -eq 2 && "$out" == *"no such job"* ]] || fail "--run of an unknown job: exit $code: $out"

# Without a display, --run still reaches the running Ferry.
out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$ferry" "${args[@]}" --run demo-customers) ||
    fail "--run without a display: $out"
[[ "$out" == *"started in the running Ferry"* || "$out" == *"running already"* ]] || fail "no display: $out"

# Killed outright: the next launch takes the socket over and becomes the one that answers.
{ kill -9 "$first"; wait "$first"; } 2>/dev/null || true
first=""
start_first
echo "ferry-single-instance: ok"
