#!/usr/bin/env bash
# Sets up, builds and runs every test (unit, pass, CLI, examples) with ctest.
# Exits non-zero when anything fails. Extra arguments go to ctest (e.g. -R cli).
#
#   IDETIC_SANITIZE=1   build and test the AddressSanitizer + UBSan configuration
#                       in build-asan/ (a separate build directory)
#   IDETIC_BUILD_DIR    use this build directory instead
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
cd -- "$root"

scripts/build.sh

if [ "${IDETIC_SANITIZE:-0}" = 1 ]; then
  build_dir=${IDETIC_BUILD_DIR:-build-asan}
  # Make undefined behaviour fail the test instead of only printing a warning.
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
  # Stock Yosys loads the sanitized plugin only with the ASan runtime preloaded; Yosys's
  # own leaks are not ours (same as IDETIC_YOSYS_ENV in CMakeLists.txt); with the runtime
  # preloaded into every child, a child killed by SIGSEGV must stay a signal (handle_segv=0).
  export LD_PRELOAD="$(c++ -print-file-name=libasan.so)"
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_segv=0}
else
  build_dir=${IDETIC_BUILD_DIR:-build}
fi

ctest --test-dir "$build_dir" --output-on-failure -j2 "$@"
