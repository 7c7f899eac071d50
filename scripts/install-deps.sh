#!/usr/bin/env bash
# Installs what BindLab needs on Debian 12 (or Ubuntu), only what is missing. Run as root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    # The demo runs real windows; a headless machine gets a virtual display.
    xvfb xauth
    # The screen-reader test (tst_clientlayout_atspi) runs Qt's AT-SPI bridge on its own bus.
    dbus at-spi2-core
    # The namespace lab and its tests.
    iproute2 nftables procps
    # Reference peers for interoperability checks.
    python3 netcat-openbsd
    # Real third-party services the client is tested against (sshd as a banner service).
    openssh-server
    # Cross-compiles the Windows sources (tests/cross) so a Linux machine catches a Windows break.
    g++-mingw-w64-x86-64
    # Icons are rendered from SVG at build time; desktop files, AppStream metainfo and the
    # .deb are validated and built by the packaging tests.
    librsvg2-bin desktop-file-utils appstream dpkg-dev file
    # Chinese text in the screenshots needs a CJK font (the small one).
    fonts-wqy-microhei
)

# shellcheck source=scripts/lib/packages.sh
. "$(dirname "$0")/lib/packages.sh"
ensure_packages install-deps "${packages[@]}"
echo "install-deps: every package BindLab needs is installed."
