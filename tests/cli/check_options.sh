#!/usr/bin/env bash
# Checks that every option of idetic-synth is documented.
#
#   check_options.sh help IDETIC_SYNTH   -- `idetic-synth --help` exits 0 and mentions each option
#   check_options.sh doc FILE.md         -- the manual mentions each option
set -uo pipefail

OPTIONS=(-o --output --top --report --dot --svg --state --reset --max-states --analyze-only --keep-work
         -v --verbose -h --help --version --nvm --energy --policy)

if [ $# -ne 2 ]; then
  echo "usage: $0 help EXE | doc FILE" >&2
  exit 2
fi
mode=$1
target=$2
text=$(mktemp)
trap 'rm -f "$text"' EXIT

case "$mode" in
  help)
    if ! "$target" --help >"$text" 2>&1; then
      echo "FAIL: '$target --help' exited with status $?" >&2
      cat "$text" >&2
      exit 1
    fi
    ;;
  doc)
    cp -- "$target" "$text" || exit 1
    ;;
  *)
    echo "usage: $0 help EXE | doc FILE" >&2
    exit 2
    ;;
esac

missing=()
for opt in "${OPTIONS[@]}"; do
  # The option as a word of its own: not a prefix of a longer option.
  if ! grep -Eq -- "(^|[^-[:alnum:]])${opt}([^-[:alnum:]]|\$)" "$text"; then
    missing+=("$opt")
  fi
done
for word in "Exit status|exit status" "IDETIC_YOSYS" "IDETIC_PLUGIN"; do
  if ! grep -Eq -- "$word" "$text"; then
    missing+=("$word")
  fi
done

if [ ${#missing[@]} -ne 0 ]; then
  echo "FAIL: $mode of $target does not mention: ${missing[*]}" >&2
  cat "$text" >&2
  exit 1
fi
echo "ok: $mode mentions all ${#OPTIONS[@]} options"
