#!/usr/bin/env bash
# Installs the desktop entry, the icon in every size and the AppStream metadata for the
# current user (XDG_DATA_HOME, default ~/.local/share), pointing at the program to start:
#   tools/install-desktop.sh [EXECUTABLE]
# EXECUTABLE defaults to the bundle (dist/livc-desktop/livc-desktop) when it was built,
# otherwise to this checkout's .venv/bin/livc-desktop-gui.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exe="${1:-}"
if [ -z "$exe" ]; then
  if [ -x "$root/dist/livc-desktop/livc-desktop" ]; then
    exe="$root/dist/livc-desktop/livc-desktop"
  else
    exe="$root/.venv/bin/livc-desktop-gui"
  fi
fi
[ -x "$exe" ] || { echo "not an executable: $exe (run make package or make run first)" >&2; exit 2; }
data="${XDG_DATA_HOME:-$HOME/.local/share}"
icons="$root/resources/icons"
for size in 16 24 32 48 64 128 256; do
  install -Dm644 "$icons/livc-desktop-$size.png" "$data/icons/hicolor/${size}x${size}/apps/livc-desktop.png"
done
install -Dm644 "$icons/livc-desktop.svg" "$data/icons/hicolor/scalable/apps/livc-desktop.svg"
install -Dm644 "$root/build/be.livc.LivcDesktop.metainfo.xml" "$data/metainfo/be.livc.LivcDesktop.metainfo.xml"
mkdir -p "$data/applications"
# Exec gets the absolute path, quoted as the desktop entry specification asks.
sed "s|^Exec=.*|Exec=\"$exe\"|" "$root/build/livc-desktop.desktop" > "$data/applications/livc-desktop.desktop"
chmod 644 "$data/applications/livc-desktop.desktop"
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications" || true; fi
echo "installed livc-desktop.desktop for $exe into $data"
