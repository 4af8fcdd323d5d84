#!/bin/sh
# run_logged.sh LOG COMMAND [ARGS...]: runs the command with its output in LOG;
# on failure prints the log and exits with the command's status.
log=$1
shift
if "$@" >"$log" 2>&1; then
  exit 0
else
  rc=$?
  cat "$log"
  echo "run_logged.sh: command failed ($rc): $*" >&2
  exit "$rc"
fi
