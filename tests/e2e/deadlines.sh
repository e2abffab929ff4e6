#!/usr/bin/env bash
# End-to-end: `gazette deadlines` (keys, --as-of, --expiring-within, bad input) and
# `gazette workdays`, on the sample corpus. Run from the repo root: bash tests/e2e/deadlines.sh GAZETTE
set -u
g=${1:?usage: deadlines.sh /path/to/gazette}
source "$(dirname "$0")/lib/assert.bash"
# docnos FILE: the distinct docno values of a JSON Lines file, sorted, one a line.
docnos() { /usr/bin/python3 -c 'import json,sys; print("\n".join(sorted({json.loads(l)["docno"] for l in open(sys.argv[1])})))' "$1"; }
# status_of FILE DOCNO: the distinct status values of DOCNO's records.
status_of() { /usr/bin/python3 -c 'import json,sys; print(" ".join(sorted({json.loads(l)["status"] for l in open(sys.argv[1]) if json.loads(l)["docno"]==sys.argv[2]})))' "$1" "$2"; }

# JSON Lines with exactly the documented keys; the 2021-44.txt:502 validity period and its end.
expect_exit 0 "deadlines json" -- "$g" deadlines tests/corpus/2021-44.txt
/usr/bin/python3 - "$t/out" <<'PY' && ok || bad "deadlines json keys and the 有效期5年 records"
import json, sys
keys = ["source", "docno", "kind", "date", "precision", "amount", "unit", "trigger", "text", "line", "own"]
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert rows and all(list(r) == keys for r in rows)
kinds = {"signed", "published", "effective", "repeal-effective", "validity", "trial", "expires", "time-limit"}
assert all(r["kind"] in kinds for r in rows)
mine = [r for r in rows if r["docno"] == "京人社市场发〔2021〕35号" and r["line"] == 502]
got = sorted((r["kind"], r["date"], r["amount"], r["unit"]) for r in mine)
assert got == [("effective", "2021-08-31", 0, ""), ("expires", "2026-08-30", 5, "year"),
               ("validity", "2021-08-31", 5, "year")], got
assert all(r["own"] is True for r in mine)  # the notice's own period, not one it quotes
PY

# TSV: a header row with the same keys.
expect_exit 0 "deadlines tsv" -- "$g" deadlines --format tsv tests/corpus/2021-44.txt
[ "$(head -1 "$t/out")" = "$(printf 'source\tdocno\tkind\tdate\tprecision\tamount\tunit\ttrigger\ttext\tline\town')" ] && ok ||
  bad "tsv header: $(head -1 "$t/out")"

# --as-of adds as_of and status: in force up to and including 2026-08-30, expired the day after.
D=京人社市场发〔2021〕35号
expect_exit 0 "as-of before" -- "$g" deadlines --as-of 2021-08-30 tests/corpus/2021-44.txt
[ "$(status_of "$t/out" $D)" = "not-yet-in-force" ] && ok || bad "2021-08-30: $(status_of "$t/out" $D)"
grep -q '"as_of":"2021-08-30","status":' "$t/out" && ok || bad "as_of and status keys last"
expect_exit 0 "as-of last day" -- "$g" deadlines --as-of 2026-08-30 tests/corpus/2021-44.txt
[ "$(status_of "$t/out" $D)" = "in-force" ] && ok || bad "2026-08-30: $(status_of "$t/out" $D)"
expect_exit 0 "as-of after" -- "$g" deadlines --as-of 2026-08-31 tests/corpus/2021-44.txt
[ "$(status_of "$t/out" $D)" = "expired" ] && ok || bad "2026-08-31: $(status_of "$t/out" $D)"

# --expiring-within DAYS: AS_OF <= end <= AS_OF + DAYS. 2026-08-01 + 29 = 2026-08-30.
expect_exit 0 "expiring 29" -- "$g" deadlines --as-of 2026-08-01 --expiring-within 29 tests/corpus/2021-44.txt
[ "$(docnos "$t/out")" = "$D" ] && ok || bad "expiring within 29: $(docnos "$t/out")"
grep -q '"kind":"signed"' "$t/out" && ok || bad "a kept document keeps all its records"
expect_exit 0 "expiring 28" -- "$g" deadlines --as-of 2026-08-01 --expiring-within 28 tests/corpus/2021-44.txt
[ ! -s "$t/out" ] && ok || bad "expiring within 28 should keep nothing"
expect_exit 0 "expired already" -- "$g" deadlines --as-of 2026-08-31 --expiring-within 3650 tests/corpus/2021-44.txt
[ ! -s "$t/out" ] && ok || bad "an expired document is not expiring"
# Across issues: 2024-38.txt:768 试行期为一年 from 2024-08-27 ends 2025-08-26.
expect_exit 0 "expiring across issues" -- "$g" deadlines --as-of 2025-08-01 --expiring-within 30 tests/corpus/2021-44.txt tests/corpus/2024-38.txt
[ "$(docnos "$t/out")" = "京知局〔2024〕118号" ] && ok || bad "expiring across issues: $(docnos "$t/out")"
[ "$(status_of "$t/out" 京知局〔2024〕118号)" = "in-force" ] && ok || bad "trial in force on 2025-08-01"

# Bad input: one line on stderr, exit 2 (usage).
expect_exit 2 "bad as-of" -- "$g" deadlines --as-of 2024-02-30 tests/corpus/2021-44.txt
[ "$(wc -l <"$t/err")" -eq 1 ] && grep -q 'as-of' "$t/err" && ok || bad "bad --as-of message: $(cat "$t/err")"
expect_exit 2 "negative days" -- "$g" deadlines --expiring-within -3 tests/corpus/2021-44.txt
expect_exit 3 "missing input" -- "$g" deadlines tests/corpus/nonexistent.txt

# workdays: the 2024 National Day holiday and its 调休 Sunday 09-29 / Saturday 10-12.
expect_exit 0 "workdays" -- "$g" workdays 2024-09-27 1
[ "$(cat "$t/out")" = "2024-09-29" ] && ok || bad "2024-09-27 + 1: $(cat "$t/out")"
expect_exit 0 "workdays across" -- "$g" workdays 2024-09-30 1
[ "$(cat "$t/out")" = "2024-10-08" ] && ok || bad "2024-09-30 + 1: $(cat "$t/out")"
expect_exit 0 "workdays back" -- "$g" workdays 2024-10-08 -3
[ "$(cat "$t/out")" = "2024-09-27" ] && ok || bad "2024-10-08 - 3: $(cat "$t/out")"
expect_exit 0 "workdays outside" -- "$g" workdays 2026-12-31 2
[ "$(cat "$t/out")" = "2027-01-04" ] && grep -q 'outside the holiday calendar' "$t/err" && ok ||
  bad "outside the calendar: $(cat "$t/out") / $(cat "$t/err")"
expect_exit 2 "workdays bad date" -- "$g" workdays 2024-13-01 1
[ "$(wc -l <"$t/err")" -eq 1 ] && ok || bad "bad date message: $(cat "$t/err")"
expect_exit 2 "workdays bad n" -- "$g" workdays 2024-10-01 five
expect_exit 2 "workdays past year 9999" -- "$g" workdays 9999-12-31 1
expect_exit 2 "workdays before year 1" -- "$g" workdays 0001-01-01 -10000
expect_exit 4 "workdays on a full disk" -- sh -c '"$0" workdays 2024-09-27 1 >/dev/full' "$g"

finish deadlines
