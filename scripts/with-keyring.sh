#!/usr/bin/env bash
# Runs a command against a real, private Secret Service: a throwaway HOME and XDG folders, a D-Bus session
# bus of its own (dbus-run-session) and gnome-keyring-daemon with a login keyring created and unlocked in it.
# Nothing of the user's own session or keyring is touched, and everything is removed afterwards.
#   scripts/with-keyring.sh [--locked | --no-keyring | --no-secret-service] CMD [ARGS...]
#     (default)            a login keyring, unlocked: the keychain works
#     --locked             the login keyring exists but is locked
#     --no-keyring         a bus on which gnome-keyring can be started, but no keyring was ever created
#     --no-secret-service  a bus without any Secret Service
# The command sees FERRY_KEYRING_STATE=unlocked|locked|no-keyring|no-secret-service. Its exit code is the
# script's. No display is passed on, so a keyring can never show a prompt and a test can never hang on one.
set -euo pipefail

state=unlocked
case "${1:-}" in
--locked) state=locked; shift ;;
--no-keyring) state=no-keyring; shift ;;
--no-secret-service) state=no-secret-service; shift ;;
esac
if (($# == 0)); then
    echo "usage: $0 [--locked | --no-keyring | --no-secret-service] CMD [ARGS...]" >&2
    exit 64
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring: $tool is missing: install dbus and gnome-keyring (scripts/install-deps.sh)" >&2
        exit 69
    fi
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/ferry-keyring.XXXXXX")
cleanup() {
    # gnome-keyring-daemon outlives its session bus: the daemons of this run (found by their private HOME,
    # which no other process has) are ended before their folder goes.
    local p
    for p in $(pgrep -f gnome-keyring-daemon || true); do
        if tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qxF "HOME=$dir/home"; then
            kill "$p" 2>/dev/null || true
        fi
    done
    rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$dir/home/.local/share" "$dir/home/.config" "$dir/home/.cache" "$dir/run"
chmod 700 "$dir/run"
export HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/home/.local/share" \
    XDG_CONFIG_HOME="$dir/home/.config" XDG_CACHE_HOME="$dir/home/.cache" FERRY_KEYRING_STATE="$state"
# No display: no password prompt (gcr-prompter) and no D-Bus autolaunch (the dbus-x11 trap) can happen.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
password="ferry-test-keyring"

# Inside the session: gnome-keyring-daemon --unlock reads the password on stdin and creates the login keyring
# on first use. It returns before the daemon owns its name on the bus, so the name is waited for (5 s at
# most): a call made meanwhile would D-Bus-activate a second daemon. --locked then locks the keyring through
# the Secret Service API (no prompt needed to lock) and checks that it is.
setup='
printf %s "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
shift
bus() { dbus-send --session --print-reply "$@" 2>/dev/null; }
i=0
until bus --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
    string:org.freedesktop.secrets | grep -q "boolean true"; do
    i=$((i + 1))
    if [ $i -ge 50 ]; then echo "with-keyring: gnome-keyring did not appear on the bus" >&2; exit 70; fi
    sleep 0.1
done
if [ "$FERRY_KEYRING_STATE" = locked ]; then
    login=/org/freedesktop/secrets/collection/login
    bus --dest=org.freedesktop.secrets /org/freedesktop/secrets org.freedesktop.Secret.Service.Lock \
        array:objpath:$login >/dev/null
    if ! bus --dest=org.freedesktop.secrets $login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked | grep -q "boolean true"; then
        echo "with-keyring: the login keyring could not be locked" >&2
        exit 70
    fi
fi
exec "$@"'
# (dbus-daemon's "Failed to set fd limit" warning when not root is harmless.)
run_session() { dbus-run-session "$@"; }

case $state in
unlocked | locked)
    run_session -- sh -c "$setup" sh "$password" "$@"
    ;;
no-keyring)
    run_session -- "$@"
    ;;
no-secret-service)
    # A session bus that knows no services to start (so not gnome-keyring's either).
    cat >"$dir/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$dir/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    run_session --config-file="$dir/session.conf" -- "$@"
    ;;
esac
