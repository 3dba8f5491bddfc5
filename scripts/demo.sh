#!/usr/bin/env bash
# The main job on the bundled samples: install deps, build, ingest samples/ into a fresh store,
# print the timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
STORE="$BUILD_DIR/samples.yps"
rm -rf "$STORE" "$STORE.lock"
"$BUILD_DIR/yeonpyo" ingest --store "$STORE" samples/
"$BUILD_DIR/yeonpyo" timeline --store "$STORE"
