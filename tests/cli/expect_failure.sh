#!/usr/bin/env bash
# Runs a command that must fail in a given, clean way.
#
#   expect_failure.sh [--stale | --unchanged] CODE REGEX [--] COMMAND [ARGS...]
#
# Passes when COMMAND exits with status CODE, its standard error matches the
# extended regular expression REGEX, it did not crash (no signal, no sanitizer
# report), and none of the output files named in its arguments (-o/--output,
# --report, --dot, --svg, also as --opt=FILE) exists afterwards. Output files are
# removed before the run; with --stale they are instead created with stale
# contents first, to check that a failed run does not leave an old result behind.
# With --unchanged the output files are left alone and must be unchanged afterwards
# (for an output path that names an existing file the tool must refuse to touch).
set -uo pipefail

mode=clean
case "${1:-}" in
  --stale) mode=stale; shift ;;
  --unchanged) mode=unchanged; shift ;;
esac
if [ $# -lt 3 ]; then
  echo "usage: $0 [--stale | --unchanged] CODE REGEX [--] COMMAND [ARGS...]" >&2
  exit 2
fi
want_code=$1
regex=$2
shift 2
if [ "${1:-}" = "--" ]; then
  shift
fi

# The output files the command was asked to write.
outputs=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  a=${args[i]}
  case "$a" in
    -o | --output | --report | --dot | --svg)
      if ((i + 1 < ${#args[@]})); then outputs+=("${args[i + 1]}"); fi
      ;;
    --output=* | --report=* | --dot=* | --svg=*)
      outputs+=("${a#*=}")
      ;;
  esac
done

checksum() { if [ -e "$1" ]; then cksum <"$1"; else echo absent; fi; }
before=()
for f in "${outputs[@]+"${outputs[@]}"}"; do
  case "$mode" in
    stale) [ -d "$(dirname -- "$f")" ] && echo "stale output of an earlier run" >"$f" ;;
    clean) rm -f -- "$f" ;;
    unchanged) before+=("$(checksum "$f")") ;;
  esac
done

errfile=$(mktemp)
outfile=$(mktemp)
trap 'rm -f "$errfile" "$outfile"' EXIT

"$@" >"$outfile" 2>"$errfile"
code=$?

fail=0
report() {
  echo "FAIL: $*" >&2
  fail=1
}

if [ "$code" -ne "$want_code" ]; then
  report "exit status $code, expected $want_code"
fi
if [ "$code" -gt 128 ]; then
  report "the command was killed by signal $((code - 128))"
fi
if ! grep -Eq -- "$regex" "$errfile"; then
  report "standard error does not match /$regex/"
fi
if grep -Eq 'AddressSanitizer|LeakSanitizer|runtime error:|Segmentation fault|terminate called' "$errfile"; then
  report "the command crashed or a sanitizer reported an error"
fi
i=0
for f in "${outputs[@]+"${outputs[@]}"}"; do
  if [ "$mode" = unchanged ]; then
    if [ "$(checksum "$f")" != "${before[i]}" ]; then
      report "file '$f' was changed by the failed run"
    fi
  elif [ -e "$f" ]; then
    report "output file '$f' exists after the failed run"
  fi
  i=$((i + 1))
done

if [ "$fail" -ne 0 ]; then
  echo "--- command:" >&2
  printf ' %q' "$@" >&2
  echo >&2
  echo "--- stdout:" >&2
  cat "$outfile" >&2
  echo "--- stderr:" >&2
  cat "$errfile" >&2
  exit 1
fi
echo "ok: exit $code; $(head -n 1 "$errfile")"
exit 0
