#!/bin/sh
# Writes lib/switchboard.jsa beside this script: the class-data-sharing archive of the classes Switchboard
# loads up to its first screen with data, so later starts map them instead of loading and verifying them.
# An archive is only valid for the exact path of the jar it was made with, so it is made where the app is
# installed: the .deb's postinst runs this (installer/ci-check.sh runs it on the app-image). It starts the app
# once, headless, with a throw-away home, in a few seconds. Failing leaves no archive, and the app starts
# without one as before. Exit status 0 when the archive was written. The JVM runs as the launcher starts it: ZGC
# has no compressed object pointers, so the base archive is the runtime's classes_nocoops.jsa, and an archive
# made under another collector setting would be refused.
set -u
LIB=$(cd "$(dirname "$0")" && pwd -P)
ARCHIVE="$LIB/switchboard.jsa"
SCRATCH=$(mktemp -d) || exit 1
trap 'rm -rf "$SCRATCH"' EXIT
rm -f "$ARCHIVE"
# Written under another name and moved in place once complete: the launcher never sees half an archive.
SWITCHBOARD_HOME="$SCRATCH/home" timeout 120 "$LIB/runtime/bin/java" \
  -XX:SharedArchiveFile="$LIB/runtime/lib/server/classes_nocoops.jsa" -XX:ArchiveClassesAtExit="$SCRATCH/switchboard.jsa" \
  -Xlog:cds=off,cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseZGC -XX:SoftMaxHeapSize=256m \
  -Duser.home="$SCRATCH" -Djavafx.cachedir="$SCRATCH/javafx" \
  -Dswitchboard.firstFrameExit=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -cp "$LIB/app/switchboard.jar" app.switchboard.Launcher >"$SCRATCH/log" 2>&1
if [ -s "$SCRATCH/switchboard.jsa" ] && grep -q '^DATA_MS=' "$SCRATCH/log"; then
  mv "$SCRATCH/switchboard.jsa" "$ARCHIVE" && chmod 644 "$ARCHIVE"
else
  echo "switchboard: no startup archive made (the app starts without it)" >&2
  exit 1
fi
