#!/usr/bin/env bash
# Installs everything yeonpyo needs to build and test, from Debian packages. Idempotent:
# does nothing when all packages are present. Runs apt-get as root, or through sudo otherwise.
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build pkg-config git
  libhowardhinnant-date-dev libboost-serialization-dev libcli11-dev catch2
  nlohmann-json3-dev libutf8proc-dev libxxhash-dev libfmt-dev libzstd-dev
  hunspell-ko   # its word list gives the morphology its verb stems (engine/morph/gen/verb_stems.cpp, at build time)
  libmimalloc-dev   # the command's allocator (optional: cli/CMakeLists.txt links it when present)
  # tests of the exported files: Python's csv and icalendar, the web page in headless Chromium with a
  # font that has Hangul (the screenshot in docs/ is drawn with it)
  python3 python3-icalendar chromium fonts-noto-cjk
  python3-dateparser   # bench/extract.sh: the peer (dateparser search_dates) on the same text
  time   # GNU time: the peak RSS of the streaming test (tests/cli/stream_memory.sh)
  python3-distributed   # Dask: contrib/dask and its ctest (tests/contrib/dask_check.py)
  clang-14 libclang-rt-14-dev llvm-14   # sanitizer suite and fuzz targets (scripts/sanitize.sh, scripts/fuzz.sh)
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
