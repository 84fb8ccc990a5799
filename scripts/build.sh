#!/usr/bin/env bash
# Configures and builds one CMake preset (default: release) into build/PRESET.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
bash scripts/setup.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
