#!/usr/bin/env bash
# Installs the Debian 12 packages hearsay needs to build and test, only those
# that are missing. Needs root (or sudo) when something is missing.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config python3
  python3-numpy        # scripts/build_word_clusters.py only (regenerates models/word_clusters.tsv)
  wamerican wordnet-base faker iso-codes  # scripts/build_lexicon.py only (regenerates models/word_lexicon.tsv)
  libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev libsimdjson-dev libutf8proc-dev
  libsqlite3-dev libxxhash-dev
  libxml2-dev libicu-dev zlib1g-dev
  libcpp-httplib-dev   # hearsay serve: HTTP server (thread pool, timeouts, payload limit)
  chromium             # tests/server/browser_test.cc: the web page in a headless browser
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
