#!/usr/bin/env bash
# Regenerates every icon file in this folder from the two hand-written SVG sources:
#   switchboard.svg     the icon, drawn on a 1024 grid (used for 24 px and up)
#   switchboard-16.svg  the same drawing fitted to the 16 px pixel grid
# Outputs (all committed, so building the app or the installers never needs these tools):
#   switchboard-{16,24,32,48,64,128,256,512,1024}.png   window icons, Linux installers, README
#   switchboard.ico    Windows (.msi, the .exe launcher): 16..256 in one file
#   switchboard.icns   macOS (.dmg, the .app bundle): 16..1024
# Needs: rsvg-convert, ImageMagick's convert, png2icns
#   Debian/Ubuntu: apt-get install librsvg2-bin imagemagick icnsutils
#   macOS (Homebrew): brew install librsvg imagemagick libicns
# Usage: icons/generate.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "generate.sh: '$1' not found ($2)" >&2; exit 1; }
}
need rsvg-convert "package librsvg2-bin"
need png2icns "package icnsutils"
# A convert that is not ImageMagick's (GraphicsMagick, or a stand-in) may come first on PATH.
CONVERT=${CONVERT:-convert}
"$CONVERT" -version 2>/dev/null | grep -q ImageMagick \
  || { [ -x /usr/bin/convert ] && /usr/bin/convert -version | grep -q ImageMagick && CONVERT=/usr/bin/convert; } \
  || { echo "generate.sh: ImageMagick's convert not found (package imagemagick; or set CONVERT=...)" >&2; exit 1; }

for size in 16 24 32 48 64 128 256 512 1024; do
  source=switchboard.svg
  [ "$size" -eq 16 ] && source=switchboard-16.svg
  rsvg-convert --width "$size" --height "$size" "$source" --output "switchboard-$size.png"
done

# ICO entries above 48 px are stored PNG-compressed by ImageMagick, which keeps the file small.
"$CONVERT" switchboard-16.png switchboard-24.png switchboard-32.png switchboard-48.png \
  switchboard-64.png switchboard-128.png switchboard-256.png switchboard.ico

png2icns switchboard.icns switchboard-16.png switchboard-32.png switchboard-48.png \
  switchboard-128.png switchboard-256.png switchboard-512.png switchboard-1024.png >/dev/null

ls -l switchboard-*.png switchboard.ico switchboard.icns
