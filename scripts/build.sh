#!/usr/bin/env bash
# Builds idetic: installs the dependencies (scripts/setup.sh), configures build/ with
# Ninja and RelWithDebInfo, and builds every target with all cores. Idempotent: running
# it again only rebuilds what changed.
#
#   IDETIC_SANITIZE=1   build the AddressSanitizer + UBSan configuration in build-asan/
#   IDETIC_BUILD_DIR    use this build directory instead
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"

scripts/setup.sh

if [ "${IDETIC_SANITIZE:-0}" = 1 ]; then
  build_dir=${IDETIC_BUILD_DIR:-build-asan}
  sanitize=ON
else
  build_dir=${IDETIC_BUILD_DIR:-build}
  sanitize=OFF
fi

cache="$build_dir/CMakeCache.txt"
if [ -f "$cache" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
  echo "build.sh: $build_dir/ was configured with another CMake generator; remove it and re-run" >&2
  exit 1
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIDETIC_SANITIZE="$sanitize"
cmake --build "$build_dir" -j "$(nproc)"
echo "build.sh: built in $build_dir/"
