#!/usr/bin/env bash
# Installs what the web app build and its browser tests need; idempotent and fast when present.
#   - the wasm32-unknown-unknown rustup target
#   - wasm-bindgen-cli (the exact version pinned in Cargo.lock) under .tools/
#   - npm tools for the browser tests (web/tests/package.json + lock, via `npm ci`)
#   - Debian's chromium, only when /usr/bin/chromium is missing, and a CJK font (fonts-wqy-microhei)
#     when no Chinese font is installed, so screenshots show Chinese text
# When scripts/ensure-wasm-tools.sh (the npm package's installer) exists, it installs the shared
# tools first (target, wasm-bindgen-cli, chromium); the checks below then find them present and
# only add what the web app alone needs (its test npm tools, a CJK font).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ -f scripts/ensure-wasm-tools.sh ]]; then
  bash scripts/ensure-wasm-tools.sh
fi
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
WB_VERSION="${WB_VERSION:-0.2.130}"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

if [[ "$("$root/.tools/bin/wasm-bindgen" --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]]; then
  # Not --locked: its lockfile wants a crate version the registry lacks (toolchain.md).
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --root "$root/.tools"
fi

apt_pkgs=()
if [[ ! -x /usr/bin/chromium ]]; then apt_pkgs+=(chromium); fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then apt_pkgs+=(fonts-wqy-microhei); fi
if (( ${#apt_pkgs[@]} )); then
  sudo_=""
  if [[ "$(id -u)" != 0 ]]; then sudo_="sudo"; fi
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${apt_pkgs[@]}"
fi

if [[ -f web/tests/package-lock.json ]]; then
  stamp=web/tests/node_modules/.ci-stamp
  if [[ ! -f "$stamp" || web/tests/package-lock.json -nt "$stamp" ]]; then
    (cd web/tests && npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
fi
