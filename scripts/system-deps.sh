#!/usr/bin/env bash
# Debian packages the tests use: Chromium for the browser tests, poppler-utils
# to render PDF pages to PNG. Installed when missing (needs root, as on CI).
set -euo pipefail

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ "${WITH_BENCH_TOOLS:-}" = 1 ] && ! command -v wrk >/dev/null && missing+=(wrk)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "system-deps: please install: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
