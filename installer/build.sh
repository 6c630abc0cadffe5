#!/usr/bin/env bash
# Builds Switchboard's native packages with jpackage from the shaded jar (target/switchboard.jar).
#
#   ./mvnw -Pinstaller package              what users run: tests, shaded jar, then this script
#   installer/build.sh [TYPE...]            alone, after ./mvnw package (TYPE: app-image deb rpm msi exe dmg pkg)
#
# Without TYPE it builds what this OS can build: Linux an app-image and a .deb (+ .rpm when rpmbuild is
# installed), Windows an app-image and an .msi (needs WiX 3), macOS an app-image and a .dmg (needs the
# Xcode command line tools). Everything lands in target/installer/. Needs a full JDK 17+ (jpackage, jlink,
# jdeps, jar and the jmods folder; JDK builds without jmods cannot link a runtime). JAVA_HOME wins over PATH.
# On Windows run it from Git Bash.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/installer"
OUT="$ROOT/target/installer"
JAR="$ROOT/target/switchboard.jar"

die() { echo "installer: $*" >&2; exit 1; }
log() { echo "installer: $*"; }

tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1";
  elif [ -x "${JAVA_HOME:-}/bin/$1.exe" ]; then echo "$JAVA_HOME/bin/$1.exe";
  elif command -v "$1" >/dev/null 2>&1; then command -v "$1";
  else die "'$1' not found: install a full JDK 17+ and set JAVA_HOME"; fi
}
JPACKAGE=$(tool jpackage)
JDEPS=$(tool jdeps)
JARTOOL=$(tool jar)

# jpackage accepts only dotted numbers as a version: 0.2.0-SNAPSHOT is packaged as 0.2.0.
VERSION=${SWITCHBOARD_VERSION:-$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$ROOT/pom.xml" | head -1)}
VERSION=${VERSION%%-*}
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot package version '$VERSION' (want N, N.N or N.N.N)"

case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=macos ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows ;;
  *) die "unsupported OS $(uname -s)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) SQLITE_ARCH=x86_64 JNA_ARCH=x86-64 ;;
  aarch64 | arm64) SQLITE_ARCH=aarch64 JNA_ARCH=aarch64 ;;
  *) die "unsupported CPU $(uname -m)" ;;
esac
case "$OS" in
  linux) SQLITE_OS=Linux JNA_OS=linux DEFAULT_TYPES="deb" ;;
  macos) SQLITE_OS=Mac JNA_OS=darwin DEFAULT_TYPES="dmg" ;;
  windows) SQLITE_OS=Windows JNA_OS=win32 DEFAULT_TYPES="msi" ;;
esac
if [ "$OS" = macos ] && [ "${VERSION%%.*}" = 0 ]; then
  # jpackage refuses a macOS bundle version starting with 0; the app's own --version stays exact.
  log "macOS bundles cannot be version $VERSION: packaging as 1.0.0"
  VERSION=1.0.0
fi
if [ "$OS" = linux ] && command -v rpmbuild >/dev/null 2>&1; then DEFAULT_TYPES="$DEFAULT_TYPES rpm"; fi
TYPES=${*:-app-image $DEFAULT_TYPES}
# Linux packages are made from the app-image: build it first when only packages are asked for.
if [ "$OS" = linux ]; then TYPES="app-image $(echo " $TYPES " | sed 's/ app-image / /g')"; fi

[ -f "$JAR" ] || die "$JAR is missing: run ./mvnw package first"

# jpackage's input folder: the shaded jar without the native libraries of other systems (the SQLite
# driver alone carries ~12 MB of them; JNA, used by the keychain, another ~1 MB). The drivers pick
# their library by OS and CPU at run time, so only this machine's pair can ever load.
strip_foreign_natives() {
  local work="$OUT/work/jar"
  rm -rf "$OUT/work" "$OUT/input"
  mkdir -p "$work" "$OUT/input"
  (cd "$work" && "$JARTOOL" xf "$JAR")
  mv "$work/META-INF/MANIFEST.MF" "$OUT/work/MANIFEST.MF"
  local dir
  for dir in "$work"/org/sqlite/native/*/*/; do
    [ "$dir" = "$work/org/sqlite/native/$SQLITE_OS/$SQLITE_ARCH/" ] || rm -rf "$dir"
  done
  # JNA keeps each platform's library in com/sun/jna/<os>-<arch>/ beside Java packages (win32, ptr, ...):
  # only folders holding a jnidispatch library are platform folders.
  for dir in "$work"/com/sun/jna/*/; do
    if ls "$dir" | grep -q jnidispatch && [ "$dir" != "$work/com/sun/jna/$JNA_OS-$JNA_ARCH/" ]; then rm -rf "$dir"; fi
  done
  find "$work/org/sqlite/native" -type d -empty -delete
  "$JARTOOL" --create --file "$OUT/input/switchboard.jar" --manifest "$OUT/work/MANIFEST.MF" -C "$work" .
  rm -rf "$OUT/work"
  log "input jar $(du -k "$JAR" | cut -f1) KB -> $(du -k "$OUT/input/switchboard.jar" | cut -f1) KB (natives for $SQLITE_OS/$SQLITE_ARCH only)"
}

# The module list in common.args is what jdeps found plus what is only reached by reflection or
# service loading (TLS curves, the sandbox's HTTP server). jdeps runs again on every build, so code
# added later that needs another module still gets it.
# jdk.jfr is left out although jdeps lists it: only JavaFX's optional flight-recorder pulse logger uses
# it, and the app runs without it (2 MB less).
jdeps_modules() {
  "$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps "$OUT/input/switchboard.jar" \
    | tr ',' '\n' | grep -vx 'jdk.jfr' | paste -sd, -
}

package() {
  local type=$1 started=$SECONDS
  local args=(@"$HERE/jpackage/common.args" @"$HERE/$OS/app.args")
  if [ "$type" = app-image ] || [ "$OS" != linux ]; then
    args+=(@"$HERE/jpackage/app-image.args" --input "$OUT/input" --add-modules "$MODULES")
    [ ! -f "$HERE/$OS/app-image.args" ] || args+=(@"$HERE/$OS/app-image.args")
  else
    # Linux packages what the app-image holds (with its extras), without linking a second runtime.
    args+=(--app-image "$OUT/switchboard")
  fi
  [ "$type" = app-image ] || args+=(@"$HERE/$OS/$type.args")
  # From the OS folder, so the argfiles' relative paths (icons, resource folder) resolve there.
  (cd "$HERE/$OS" && "$JPACKAGE" --type "$type" --app-version "$VERSION" --dest "$OUT" "${args[@]}" ${JPACKAGE_FLAGS:-})
  if [ "$type" = app-image ] && [ "$OS" = linux ]; then
    # Run by the .deb's postinst where the app is installed (see the script).
    cp "$HERE/linux/cds-archive.sh" "$OUT/switchboard/lib/"
  fi
  log "$type built in $((SECONDS - started)) s"
}

log "Switchboard $VERSION for $OS/$(uname -m): $TYPES"
rm -rf "$OUT"
mkdir -p "$OUT"
strip_foreign_natives
MODULES=$(jdeps_modules)
log "modules found by jdeps: $MODULES"
for type in $TYPES; do
  package "$type"
done
log "done:"
ls -l "$OUT" | sed 's/^/  /'
