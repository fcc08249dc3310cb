#!/usr/bin/env bash
# Builds the Debian package from a build folder (cpack) and checks it as Debian would: its contents, its
# declared dependencies, dpkg installing it into a scratch root, the desktop file and the AppStream metadata
# validated, the programs run from there, and (as root) dpkg agreeing that it installs on this machine. The test suite runs it
# (ctest: deb_package). Usage: scripts/check-package.sh BUILD_DIR [OUT_DIR]
set -euo pipefail

build=${1:?usage: scripts/check-package.sh BUILD_DIR [OUT_DIR]}
out=${2:-$(mktemp -d)}
fail() { echo "check-package: $*" >&2; exit 1; }

mkdir -p "$out"
rm -f "$out"/ferry_*.deb
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$out"/ferry_*.deb)
echo "check-package: built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/ferry ./usr/bin/ferry-cli \
    ./usr/share/applications/org.ferrysync.Ferry.desktop \
    ./usr/share/metainfo/org.ferrysync.Ferry.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.ferrysync.Ferry.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.ferrysync.Ferry.png \
    ./usr/lib/systemd/user/ferry-daemon.service \
    ./usr/share/doc/ferry/README.md ./usr/share/ferry/demo/demo-job.yml; do
    grep -qxF "$path" <<<"$contents" || fail "$path is missing from the package"
done

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6keychain1 libyaml-cpp0.7 libqt6sql6-sqlite libsecret-1-0 qt6-qpa-plugins; do
    grep -q "\b$dep\b" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

# Installed by dpkg into a scratch root (its own dpkg database; the dependencies are this machine's, checked
# below), so the files land where the package says and dpkg's own checks run, without touching the system.
root="$out/root"
rm -rf "$root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless -i "$deb" >"$out/dpkg-root.log" 2>&1 ||
    { cat "$out/dpkg-root.log" >&2; fail "dpkg could not install it into a scratch root"; }
dpkg --root="$root" -s ferry | grep -q '^Status: install ok installed' || fail "dpkg does not list it as installed"
desktop-file-validate "$root/usr/share/applications/org.ferrysync.Ferry.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.ferrysync.Ferry.metainfo.xml" || fail "appstreamcli validate"
if command -v systemd-analyze >/dev/null && [[ -d /run/systemd/system ]]; then
    systemd-analyze verify --user "$root/usr/lib/systemd/user/ferry-daemon.service" || fail "systemd-analyze verify"
fi

version=$("$root/usr/bin/ferry-cli" --version)
[[ "$version" == *"0."* ]] || fail "ferry-cli --version said: $version"
echo "check-package: $version runs from the package"
demo=$(mktemp -d)
cp "$root/usr/share/ferry/demo/"* "$demo/"
"$root/usr/bin/ferry-cli" validate "$demo/demo-job.yml" >/dev/null || fail "the packaged demo job does not validate"
"$root/usr/bin/ferry-cli" run "$demo/demo-job.yml" --dry-run --state "$demo/state" >/dev/null 2>&1 ||
    fail "the packaged ferry-cli cannot preview the demo job"
rm -rf "$demo"
# The desktop app starts (offscreen) and says its version.
"$root/usr/bin/ferry" --version | grep -q "^ferry " || fail "ferry --version failed"

if [[ $(id -u) -eq 0 ]]; then
    # dpkg's own check that the package installs here, its dependencies satisfied (nothing is installed).
    dpkg --dry-run -i "$deb" >"$out/dpkg.log" 2>&1 || { cat "$out/dpkg.log" >&2; fail "dpkg would not install it"; }
    echo "check-package: dpkg --dry-run -i accepts it"
fi
echo "check-package: ok"
