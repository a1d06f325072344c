#!/usr/bin/env bash
# System packages the browser checks need: Debian's Chromium and a CJK font (without it Chinese renders as boxes).
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Please install Chromium and a CJK font: sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
