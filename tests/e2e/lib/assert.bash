# Sourced by the end-to-end scripts (after `set -u` and setting g=path/to/gazette): a temporary
# directory $t removed on exit, pass/fail counters, and the closing tally.

fails=0 passes=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

# ok / bad MESSAGE: count a check that held / failed (a failure is printed).
ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

# expect_exit CODE DESCRIPTION -- command...: runs it with stdout in $t/out, stderr in $t/err.
expect_exit() {
  local want=$1 what=$2; shift 3
  "$@" >"$t/out" 2>"$t/err"; local got=$?
  if [ "$got" -eq "$want" ]; then ok; else bad "$what: exit $got, wanted $want ($(head -c 300 "$t/err"))"; fi
}

# finish NAME: prints "NAME: N passed, N failed" and exits non-zero on any failure.
finish() {
  echo "$1: $passes passed, $fails failed"
  [ "$fails" -eq 0 ]
}
