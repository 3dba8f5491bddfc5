#!/usr/bin/env bash
# The whole test suite: install deps, build (warnings as errors in our code), run ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
CMAKE_ARGS="-DYP_WERROR=ON ${CMAKE_ARGS:-}" bash scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${JOBS:-2}"
