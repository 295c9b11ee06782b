#!/bin/sh
# Installs Debian's Chromium for the explorer's end-to-end test (test/explorer.test.ts).
# Idempotent: does nothing when /usr/bin/chromium is already there. Never downloads a browser
# build from elsewhere; the test drives the distribution's package through playwright-core.
set -eu

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium fonts-dejavu-core
/usr/bin/chromium --version
