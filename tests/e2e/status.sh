#!/usr/bin/env bash
# gazette status across two issues: a document printed in one, repealed in the other.
# Usage: bash tests/e2e/status.sh /path/to/gazette   (from the repo root)
set -u
G=${1:?usage: status.sh /path/to/gazette}
A=tests/data/xref-a.txt
B=tests/data/xref-b.txt
fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$G" status '京示发〔2022〕3号' "$A" "$B" --as-of 2025-01-01 --format json) || fail "status exited $?"
/usr/bin/python3 - "$out" "$A" "$B" <<'PY' || exit 1
import json, sys
s = json.loads(sys.argv[1])
a, b = sys.argv[2], sys.argv[3]
assert list(s) == ["docno", "status", "by", "date", "evidence"], list(s)
assert s["docno"] == "京示发〔2022〕3号", s
assert s["status"] == "repealed", s
assert s["by"] == "京示发〔2024〕7号", s
assert s["date"] == "2024-04-01", s
places = [(e["source"], e["line"]) for e in s["evidence"]]
assert (a, 27) in places, places   # xref-a.txt:27 the document's 文号 line
assert (b, 41) in places, places   # xref-b.txt:41 …(京示发〔2022〕3号)同时废止。
for e in s["evidence"]:
    assert list(e) == ["source", "line", "text"], e
PY

# Any printed form of the 文号 is accepted; text output names file:line.
text=$("$G" status '京示发[2022]3 号' "$A" "$B" --as-of 2025-01-01) || fail "status (text) exited $?"
grep -q "repealed by 京示发〔2024〕7号" <<<"$text" || fail "text: $text"
grep -q "$B:41:" <<<"$text" || fail "text lacks $B:41: $text"
grep -q "$A:27:" <<<"$text" || fail "text lacks $A:27: $text"

# Before the repeal takes effect the document is in force.
"$G" status '京示发〔2022〕3号' "$A" "$B" --as-of 2024-03-31 --format json | grep -q '"status":"in-force"' \
  || fail "as of 2024-03-31 should be in force"

# A document no input prints or cites: unknown, exit 0.
"$G" status '京政发〔1999〕1号' "$A" "$B" --format json | grep -q '"status":"unknown"' || fail "unknown document"

# Bad DOCNO, bad date, missing file: one-line messages and the documented exit codes.
err=$("$G" status 'abc' "$A" 2>&1 >/dev/null); code=$?
[ $code -eq 2 ] || fail "bad DOCNO exit $code"
grep -q "not a 文号" <<<"$err" || fail "bad DOCNO message: $err"
[ "$(wc -l <<<"$err")" -eq 1 ] || fail "bad DOCNO message is not one line: $err"
"$G" status '京示发〔2022〕3号' "$A" --as-of 2024-13-01 >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "bad --as-of exit $code"
"$G" status '京示发〔2022〕3号' "$A" tests/data/no-such-file.txt >/dev/null 2>&1; code=$?
[ $code -eq 3 ] || fail "missing input exit $code"
echo "status.sh: ok"
