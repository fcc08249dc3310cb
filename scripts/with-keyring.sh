#!/usr/bin/env bash
# Runs a command against a real, private Secret Service: a throwaway HOME and XDG folders, a D-Bus session
# bus of its own (dbus-run-session) and gnome-keyring-daemon with a login keyring created and unlocked in it.
# Nothing of the user's own session or keyring is touched, and everything is removed afterwards.
#   scripts/with-keyring.sh [--locked | --no-keyring | --no-secret-service] CMD [ARGS...]
#     (default)            a login keyring, unlocked: the keychain works
#     --locked             the login keyring exists but stays locked (unlocked with a wrong password)
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
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/home/.local/share" "$dir/home/.config" "$dir/home/.cache" "$dir/run"
chmod 700 "$dir/run"
export HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/home/.local/share" \
    XDG_CONFIG_HOME="$dir/home/.config" XDG_CACHE_HOME="$dir/home/.cache" FERRY_KEYRING_STATE="$state"
# No display: no password prompt (gcr-prompter) and no D-Bus autolaunch (the dbus-x11 trap) can happen.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
password="ferry-test-keyring"

# gnome-keyring-daemon --unlock reads the password on stdin, creates the login keyring on first use and
# daemonizes once it is ready; it exits when the session bus goes away.
start_keyring='printf %s "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; shift'
# (dbus-daemon's "Failed to set fd limit" warning when not root is harmless.)
run_session() { dbus-run-session "$@"; }

case $state in
unlocked)
    run_session -- sh -c "$start_keyring"'; exec "$@"' sh "$password" "$@"
    ;;
locked)
    # A first session creates the keyring file, a second one starts the daemon with a wrong password: the
    # keyring is there, but locked.
    keyring="$XDG_DATA_HOME/keyrings/login.keyring"
    # The daemon writes the file on its own time: the first session waits for it (5 s at most). It gets a
    # runtime folder of its own: its daemon may outlive its bus for a moment, and a second daemon that
    # finds it through the control socket there would hand the test a keyring it unlocked.
    mkdir -m 700 "$dir/run-setup"
    XDG_RUNTIME_DIR="$dir/run-setup" run_session -- sh -c "$start_keyring"'; i=0; while [ ! -f "$1" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done' \
        sh "$password" "$keyring"
    if [[ ! -f $keyring ]]; then
        echo "with-keyring: gnome-keyring did not create $keyring" >&2
        exit 70
    fi
    run_session -- sh -c "$start_keyring"'; exec "$@"' sh "wrong-$password" "$@"
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
