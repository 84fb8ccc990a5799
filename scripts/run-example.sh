#!/usr/bin/env bash
# Sets up, builds, and runs `hearsay extract` on a bundled example article.
# Any arguments replace the default `--format table examples/border-troops.txt`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release >/dev/null
if [ $# -eq 0 ]; then
  set -- --format table --published 2025-02-12 examples/border-troops.txt
fi
exec build/release/bin/hearsay extract "$@"
