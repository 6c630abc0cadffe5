#!/usr/bin/env bash
# CI check that packaging still works: builds the Linux app-image and .deb from target/switchboard.jar,
# then runs the app-image's launcher and the launcher unpacked from the .deb (dpkg-deb -x), and checks
# the .deb's menu entry, icon, GTK dependency and size. Ends with "installer: N passed, N failed".
#   installer/ci-check.sh          (after ./mvnw package or verify; builds the jar itself if missing)
# The .deb is compressed with gzip here: seconds, where the release build's xz takes minutes.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
START=$SECONDS
PASSED=0 FAILED=0
MAX_DEB_BYTES=$((60 * 1024 * 1024))

pass() { PASSED=$((PASSED + 1)); echo "  ok    $1"; }
fail() { FAILED=$((FAILED + 1)); echo "  FAIL  $1"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
  local what=$1; shift
  if "$@" >/tmp/switchboard-ci-check.out 2>&1; then pass "$what"; else fail "$what"; sed 's/^/        /' /tmp/switchboard-ci-check.out | tail -20; fi
}
prints() { # prints EXPECTED COMMAND...: the command succeeds and its output contains EXPECTED
  local expected=$1; shift
  "$@" 2>&1 | tee /dev/stderr | grep -qF -- "$expected"
}

# jpackage's .deb needs fakeroot and dpkg-deb (a clean Debian CI machine may lack fakeroot).
if ! command -v fakeroot >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends fakeroot dpkg-dev >/dev/null
fi
[ -f target/switchboard.jar ] || ./mvnw -B -q package -DskipTests || exit 1

export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
BUILD_START=$SECONDS
if ! installer/build.sh app-image deb; then
  echo "installer: 0 passed, 1 failed"
  exit 1
fi
BUILD_SECONDS=$((SECONDS - BUILD_START))

VERSION=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -1)
APP=target/installer/switchboard/bin/switchboard
DEB=$(ls target/installer/switchboard_*.deb 2>/dev/null | head -1)
UNPACKED=$(mktemp -d)
trap 'rm -rf "$UNPACKED" /tmp/switchboard-ci-check.out' EXIT

echo "installer: checks"
check "app-image --version prints $VERSION" prints "switchboard $VERSION" "$APP" --version
check "app-image --help" prints "Usage: switchboard" "$APP" --help
check "app-image passes on a usage error's exit code (2)" bash -c "\"$APP\" no-such-command; [ \$? = 2 ]"
# The installed launcher reaches the in-process sandbox: the whole client + sandbox path runs from the runtime image.
check "app-image accounts list --demo" "$APP" accounts list --demo
check "window icons are classpath resources of the jar" \
  bash -c "jar tf target/switchboard.jar | grep -qx app/switchboard/icons/switchboard-16.png"
# The startup archive: made where the app is installed (the .deb's postinst runs the same script).
check "app-image makes its startup archive (lib/cds-archive.sh)" target/installer/switchboard/lib/cds-archive.sh
check "app-image launcher maps the startup archive" \
  bash -c "JAVA_TOOL_OPTIONS=-Xlog:class+load \"$APP\" --version 2>/dev/null | grep -qF 'shared objects file (top)'"
check "app-image --version still prints only the version with the archive" \
  bash -c "[ \"\$(\"$APP\" --version 2>/dev/null)\" = \"switchboard $VERSION\" ]"
check ".deb built" test -f "$DEB"
check ".deb unpacks (dpkg-deb -x)" dpkg-deb -x "$DEB" "$UNPACKED"
# The release .deb is xz-compressed (about 15% smaller than this gzip one): only when this one is over
# the limit is it worth the minutes that xz takes to know the real size.
SIZED=$DEB SIZED_AS=$DPKG_DEB_COMPRESSOR_TYPE
if [ "$(stat -c %s "$DEB")" -gt "$MAX_DEB_BYTES" ]; then
  SIZED="$UNPACKED.xz.deb" SIZED_AS=xz
  dpkg-deb -R "$DEB" "$UNPACKED.raw" && fakeroot dpkg-deb -Zxz -b "$UNPACKED.raw" "$SIZED" >/dev/null
  rm -rf "$UNPACKED.raw"
fi
check ".deb at most 60 MB ($(($(stat -c %s "$SIZED") / 1024 / 1024)) MB as $SIZED_AS)" test "$(stat -c %s "$SIZED")" -le "$MAX_DEB_BYTES"
rm -f "$UNPACKED.xz.deb"
check ".deb launcher --version prints $VERSION" prints "switchboard $VERSION" "$UNPACKED/opt/switchboard/bin/switchboard" --version
check ".deb depends on GTK 3" prints "libgtk-3-0" dpkg-deb -f "$DEB" Depends
DESKTOP="$UNPACKED/opt/switchboard/lib/switchboard-switchboard.desktop"
check ".deb menu entry is named Switchboard" grep -qx "Name=Switchboard" "$DESKTOP"
check ".deb menu entry runs the launcher" grep -qx "Exec=/opt/switchboard/bin/switchboard" "$DESKTOP"
check ".deb menu entry's icon is in the package" test -s "$UNPACKED$(sed -n 's/^Icon=//p' "$DESKTOP")"
check ".deb carries the startup archive script" test -x "$UNPACKED/opt/switchboard/lib/cds-archive.sh"
check ".deb postinst makes the startup archive" bash -c "dpkg-deb --ctrl-tarfile \"$DEB\" | tar -xO ./postinst | grep -q /opt/switchboard/lib/cds-archive.sh"
check ".deb prerm removes the startup archive" bash -c "dpkg-deb --ctrl-tarfile \"$DEB\" | tar -xO ./prerm | grep -q 'rm -f /opt/switchboard/lib/switchboard.jsa'"
check ".deb postinst puts switchboard on the PATH" bash -c "dpkg-deb --ctrl-tarfile \"$DEB\" | tar -xO ./postinst | grep -q /usr/bin/switchboard"

echo "installer: app-image and .deb built in ${BUILD_SECONDS} s, whole check $((SECONDS - START)) s"
echo "installer: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
