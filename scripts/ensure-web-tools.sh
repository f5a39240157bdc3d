#!/usr/bin/env bash
# Installs what the web app build and its browser tests need; idempotent and fast when present.
# The shared tools come from scripts/ensure-wasm-tools.sh (wasm32 target, wasm-bindgen-cli pinned to
# Cargo.lock under .tools/, npm tools from tools/package-lock.json — binaryen's wasm-opt and
# playwright-core — and Debian's chromium). The web app adds only a CJK font
# (fonts-wqy-microhei, apt) when none is installed, so its screenshots show Chinese text, and
# poppler-utils (pdftotext), with which the browser tests read the printed sheets' PDF back.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-wasm-tools.sh
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  sudo_=""
  if [[ "$(id -u)" != 0 ]]; then sudo_="sudo"; fi
  $sudo_ apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get -o DPkg::Lock::Timeout=600 install -y -qq fonts-wqy-microhei
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  sudo_=""
  if [[ "$(id -u)" != 0 ]]; then sudo_="sudo"; fi
  $sudo_ apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get -o DPkg::Lock::Timeout=600 install -y -qq poppler-utils
fi
