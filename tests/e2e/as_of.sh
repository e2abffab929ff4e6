#!/usr/bin/env bash
# Every command with --as-of reads it with the same strict parser: an impossible day (2023-02-31)
# or month is a one-line usage error (exit 2) naming --as-of, and nothing is written.
# Run from the repo root: bash tests/e2e/as_of.sh GAZETTE
set -u
g=${1:?usage: as_of.sh /path/to/gazette}
. tests/e2e/lib/assert.bash
in=tests/corpus/2024-38.txt

# one_line_usage WHAT: the last command's stderr is one line naming --as-of.
one_line_usage() {
  [ "$(wc -l <"$t/err")" -eq 1 ] && grep -q -- "--as-of" "$t/err" && ok || bad "$1 message: $(cat "$t/err")"
}

for bad_date in 2023-02-31 2024-13-01 2024-2-1 tomorrow; do
  expect_exit 2 "status $bad_date" -- "$g" status 京人社事业发〔2023〕24号 "$in" --as-of "$bad_date"
  one_line_usage "status $bad_date"
  expect_exit 2 "deadlines $bad_date" -- "$g" deadlines "$in" --as-of "$bad_date"
  one_line_usage "deadlines $bad_date"
  expect_exit 2 "query $bad_date" -- "$g" query "count(//document)" "$in" --as-of "$bad_date"
  one_line_usage "query $bad_date"
  expect_exit 2 "xml $bad_date" -- "$g" xml "$in" -o "$t/x" --as-of "$bad_date"
  one_line_usage "xml $bad_date"
  [ ! -e "$t/x" ] && ok || bad "xml wrote $t/x on a bad --as-of"
  expect_exit 2 "xlsx $bad_date" -- "$g" xlsx "$in" -o "$t/w.xlsx" --as-of "$bad_date"
  one_line_usage "xlsx $bad_date"
  [ ! -e "$t/w.xlsx" ] && ok || bad "xlsx wrote $t/w.xlsx on a bad --as-of"
  expect_exit 2 "index $bad_date" -- "$g" index "$in" --db "$t/i.db" --as-of "$bad_date"
  one_line_usage "index $bad_date"
  [ ! -e "$t/i.db" ] && ok || bad "index created $t/i.db on a bad --as-of"
done

# The leap day of a leap year is a date.
expect_exit 0 "status on 2024-02-29" -- "$g" status 京人社事业发〔2023〕24号 "$in" --as-of 2024-02-29
grep -q "(as of 2024-02-29)" "$t/out" && ok || bad "as of 2024-02-29: $(cat "$t/out")"

finish as_of
