#!/usr/bin/env bash
# Debian packages the tests need (PDF text/rendering and pdfsig, QR decoding, a real keyring,
# Xvfb, PostgreSQL for the central endpoint's throw-away test clusters, chromium + chromedriver
# for the dashboard's browser tests, a SoftHSM2 PKCS#11 token for the signing tests, `unshare`
# and `ip` for the tests that need a network namespace: multicast discovery, a real partition).
# Installs only what is missing; needs root or sudo the first time on a fresh machine.
set -euo pipefail
PACKAGES=(poppler-utils zbar-tools gnome-keyring dbus dbus-x11 xvfb xauth libxcb-cursor0
          libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
          libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
          x11-apps netpbm fonts-dejavu-core postgresql chromium chromium-driver softhsm2
          iproute2 util-linux)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
