#!/usr/bin/env bash
# Fails when a Catch2 TEST_CASE name contains ';' (ctest splits on it) or starts with '-' (read as an option):
# catch_discover_tests would register a test that runs nothing. Registered in tests/CMakeLists.txt.
set -u
bad=$(grep -rnE 'TEST_CASE\("([^"]*;|-)' "$1" --include='*.cpp' || true)
if [ -n "$bad" ]; then
  echo "test names that ctest cannot run (rename them):"
  echo "$bad"
  exit 1
fi
echo "test names ok"
