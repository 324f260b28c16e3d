#!/usr/bin/env bash
# Quick start, command one: installs what copsite needs on Debian 12, builds
# it, and generates the site from content/ into site/.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Build and test dependencies, all from Debian's own archive.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  libboost-program-options-dev libtomlplusplus-dev libpugixml-dev
  libkainjow-mustache-dev libcmark-gfm-dev libcmark-gfm-extensions-dev catch2
  libmimalloc-dev
  chromium nodejs npm python3-yaml
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine that already has Node.js from elsewhere does not need Debian's.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Browser tests drive Debian's Chromium with playwright-core (no browser download).
if [ -f tests/browser/package-lock.json ]; then
  (cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
# Taplo, the schema validator the schema tests run (tests/schema/).
(cd tests/schema && npm ci --no-audit --no-fund --loglevel=error)
# The site audit, when the shared audit tools sit beside the repository.
if [ -x ../shared/audit/install.sh ]; then
  ../shared/audit/install.sh >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
./build/copsite build --root .
