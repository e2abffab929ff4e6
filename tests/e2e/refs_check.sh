#!/usr/bin/env bash
# `gazette check` on references: a 文号 with an absurd number is a finding (file:line), never a lost
# issue; the rest of the issue is still read. Run from the repo root: bash tests/e2e/refs_check.sh GAZETTE
set -u
g=${1:?usage: refs_check.sh /path/to/gazette}
. tests/e2e/lib/assert.bash

# 2024-38.txt:146 …(京人社事业发〔2023〕24 号)同时废止。 — its serial made 11 digits long.
sed '146s/〔2023〕24 号/〔2023〕99999999999 号/' tests/corpus/2024-38.txt >"$t/absurd.txt"
grep -q 99999999999 "$t/absurd.txt" && ok || bad "the copy holds the absurd number"

expect_exit 1 "check finds the absurd number" -- "$g" check "$t/absurd.txt"
grep -q "absurd.txt:146: docno-number: " "$t/out" && ok || bad "docno-number finding at :146, got: $(grep docno "$t/out")"
expect_exit 0 "refs still reads the issue" -- "$g" refs "$t/absurd.txt"
[ "$(grep -c repeals "$t/out")" -ge 2 ] && ok || bad "both repeals of 2024-38 still read"
grep -q "京人社事业发〔2023〕99999999999号" "$t/out" && ok || bad "the 文号 kept as printed"

"$g" check tests/corpus --format json >"$t/out" 2>"$t/err"  # exit 1 if other checks find anything
grep -qE '"(docno-number|repeal-unattached)"' "$t/out" && bad "reference findings on the samples" || ok

finish refs_check
