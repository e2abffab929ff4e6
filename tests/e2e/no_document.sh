#!/usr/bin/env bash
# End-to-end: a file that yields no document is said, in every command (one warning line naming
# the file) and by `check` (no-document, exit 1); a regulation alone is one document with no
# invented issue (summary prints - for the issue's number and date).
# Run from the repo root: bash tests/e2e/no_document.sh GAZETTE
set -u
g=${1:?usage: no_document.sh /path/to/gazette}
source "$(dirname "$0")/lib/assert.bash"

printf '今天天气很好,我们去公园散步。\n\n公园里有很多人,大家都很高兴。\n' > "$t/prose.txt"

expect_exit 1 "check on prose" -- "$g" check "$t/prose.txt"
grep -q "prose.txt:1: no-document: " "$t/out" && ok || bad "check names no-document: $(cat "$t/out")"
for cmd in summary documents articles tables deadlines refs; do
  "$g" $cmd "$t/prose.txt" >"$t/out" 2>"$t/err"
  [ "$(grep -c "prose.txt: warning: no document found" "$t/err")" -eq 1 ] && ok || bad "$cmd: one warning line: $(cat "$t/err")"
done

# tests/corpus/external/06.txt: a regulation alone — one document, no masthead, check is clean.
expect_exit 0 "check on a regulation alone" -- "$g" check tests/corpus/external/06.txt
"$g" summary tests/corpus/external/06.txt >"$t/out" 2>"$t/err"
head -1 "$t/out" | grep -qP '06.txt\t-\t-\t1 documents$' && ok || bad "summary: $(head -1 "$t/out")"
[ ! -s "$t/err" ] && ok || bad "summary warned: $(cat "$t/err")"
# 06.txt:3 通过 2013年12月27日, :5 修订 2020年9月25日, :225 施行 2020年12月1日
"$g" deadlines tests/corpus/external/06.txt --format json >"$t/out"
grep -q '"kind":"adopted".*"date":"2013-12-27"' "$t/out" && ok || bad "adopted: $(head -3 "$t/out")"
grep -q '"kind":"amended".*"date":"2020-09-25"' "$t/out" && ok || bad "amended"
grep -q '"kind":"effective".*"date":"2020-12-01"' "$t/out" && ok || bad "effective"
grep -q '"kind":"published"' "$t/out" && bad "a published date was invented" || ok

finish no_document
