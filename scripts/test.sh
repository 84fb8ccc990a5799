#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite for one preset (default:
# release; `asan` for AddressSanitizer + UndefinedBehaviorSanitizer).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
bash scripts/build.sh "$preset"
ctest --preset "$preset" -j "$(nproc)"
