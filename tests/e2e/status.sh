#!/usr/bin/env bash
# gazette status across two issues: a document printed in one, repealed in the other.
# Usage: bash tests/e2e/status.sh /path/to/gazette   (from the repo root)
set -u
g=${1:?usage: status.sh /path/to/gazette}
. tests/e2e/lib/assert.bash
A=tests/data/xref-a.txt
B=tests/data/xref-b.txt

expect_exit 0 "status json" -- "$g" status '京示发〔2022〕3号' "$A" "$B" --as-of 2025-01-01 --format json
/usr/bin/python3 - "$t/out" "$A" "$B" <<'PY' && ok || bad "status json: $(cat "$t/out")"
import json, sys
s = json.loads(open(sys.argv[1], encoding="utf-8").read())
a, b = sys.argv[2], sys.argv[3]
assert list(s) == ["docno", "instrument", "status", "by", "date", "evidence"], list(s)
assert s["instrument"] == "", s
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
expect_exit 0 "status text" -- "$g" status '京示发[2022]3 号' "$A" "$B" --as-of 2025-01-01
grep -q "repealed by 京示发〔2024〕7号" "$t/out" && ok || bad "text: $(cat "$t/out")"
grep -q "$B:41:" "$t/out" && ok || bad "text lacks $B:41: $(cat "$t/out")"
grep -q "$A:27:" "$t/out" && ok || bad "text lacks $A:27: $(cat "$t/out")"

# Before the repeal takes effect the document is in force.
expect_exit 0 "status before the repeal" -- "$g" status '京示发〔2022〕3号' "$A" "$B" --as-of 2024-03-31 --format json
grep -q '"status":"in-force"' "$t/out" && ok || bad "as of 2024-03-31 should be in force: $(cat "$t/out")"

# A document no input prints or cites: unknown, exit 0.
expect_exit 0 "unknown document" -- "$g" status '京政发〔1999〕1号' "$A" "$B" --format json
grep -q '"status":"unknown"' "$t/out" && ok || bad "unknown document: $(cat "$t/out")"

# Bad DOCNO, bad date, missing file: one-line messages and the documented exit codes.
expect_exit 2 "bad DOCNO" -- "$g" status 'abc' "$A"
grep -q "not a 文号" "$t/err" && ok || bad "bad DOCNO message: $(cat "$t/err")"
[ "$(wc -l <"$t/err")" -eq 1 ] && ok || bad "bad DOCNO message is not one line: $(cat "$t/err")"
expect_exit 2 "bad --as-of month" -- "$g" status '京示发〔2022〕3号' "$A" --as-of 2024-13-01
# An impossible day is no date either (the strict parser every --as-of shares).
expect_exit 2 "impossible --as-of day" -- "$g" status '京示发〔2022〕3号' "$A" --as-of 2023-02-31
[ "$(wc -l <"$t/err")" -eq 1 ] && grep -q -- "--as-of" "$t/err" && ok || bad "impossible --as-of message: $(cat "$t/err")"
expect_exit 3 "missing input" -- "$g" status '京示发〔2022〕3号' "$A" tests/data/no-such-file.txt

# A document without a 文号 is asked by the id every command prints for it (<issue>#<n>); a title
# two documents share is refused with their ids, not answered for one of them.
printf '北京市某某管理办法\n\n第一条 为了加强管理，制定本办法。\n第二条 本办法自2016年1月1日起施行。\n' >"$t/val4.txt"
cp "$t/val4.txt" "$t/val5.txt"
expect_exit 0 "status by id" -- "$g" status 'val4#1' "$t/val4.txt" --as-of 2017-01-01
grep -q "^val4#1: in-force since 2016-01-01" "$t/out" && ok || bad "status by id: $(cat "$t/out")"
expect_exit 2 "status by an id no input has" -- "$g" status 'val4#2' "$t/val4.txt"
grep -q "no document in the inputs has that id" "$t/err" && ok || bad "unknown id message: $(cat "$t/err")"
expect_exit 2 "status by a shared title" -- "$g" status '北京市某某管理办法' "$t/val4.txt" "$t/val5.txt"
grep -q "is the title of 2 documents in the inputs (val4#1, val5#1)" "$t/err" && ok || bad "shared title: $(cat "$t/err")"

# Before its repeal takes effect a document only cited is unknown, and the text says which
# relation is known and from when (not "no relation known").
printf '北京市测试条例\n\n第一条　本条例自2020年5月1日起施行。《北京市旧测试条例》同时废止。\n' >"$t/later.txt"
expect_exit 0 "status before a known repeal" -- "$g" status '北京市旧测试条例' "$t/later.txt" --as-of 2019-06-01
grep -q "its relations:" "$t/out" && grep -q "repealed-by later#1 on 2020-05-01 (after that date)" "$t/out" && ok ||
  bad "future repeal: $(cat "$t/out")"

# A printed document that nothing read dates (本办法自发布之日起施行, no signing date, no issue date)
# is unknown, not in force, on any date: it may not have existed yet.
printf '北京市测试暂行办法\n\n第一条　本办法自发布之日起施行。\n' >"$t/undated.txt"
expect_exit 0 "status of an undated document" -- "$g" status 'undated#1' "$t/undated.txt" --as-of 2006-01-01
grep -q "^undated#1: unknown" "$t/out" && grep -q "printed, but no date read shows it out by that date" "$t/out" && ok ||
  bad "undated: $(cat "$t/out")"
# A repeal by a document numbered for a later year has not happened yet.
printf '北京市人民政府办公厅关于加强管理的通知\n京政办发〔2004〕37号\n各区人民政府:\n《关于旧管理的通知》(京政办发〔1996〕21号)同时废止。\n' >"$t/lateryear.txt"
expect_exit 0 "status before the repealing document's year" -- "$g" status '京政办发〔1996〕21号' "$t/lateryear.txt" --as-of 1997-01-01
grep -q "unknown" "$t/out" && ok || bad "repealed before its repealer's year: $(cat "$t/out")"
expect_exit 0 "status after it" -- "$g" status '京政办发〔1996〕21号' "$t/lateryear.txt" --as-of 2005-01-01
grep -q "repealed by 京政办发〔2004〕37号" "$t/out" && ok || bad "repeal after its year: $(cat "$t/out")"


# A later notice extends a document's period of validity (有效期延长至…): in force past its own
# end, by the extending notice, and expired at the new end.
EA=tests/data/extend-a.txt
EB=tests/data/extend-b.txt
expect_exit 0 "status before its own end" -- "$g" status '京示发〔2019〕2号' "$EA" "$EB" --as-of 2023-06-01
grep -q "^京示发〔2019〕2号: in-force since 2019-02-01 (as of 2023-06-01)" "$t/out" && ok || bad "before its own end: $(cat "$t/out")"
expect_exit 0 "status extended" -- "$g" status '京示发〔2019〕2号' "$EA" "$EB" --as-of 2024-06-01
grep -q "^京示发〔2019〕2号: in-force since 2019-02-01, extended by 京示发〔2023〕15号 to 2026-12-31" "$t/out" && ok || bad "extended: $(cat "$t/out")"
grep -q "^  $EB:17: " "$t/out" && ok || bad "extended: no evidence at $EB:17: $(cat "$t/out")"
expect_exit 0 "status past the new end" -- "$g" status '京示发〔2019〕2号' "$EA" "$EB" --as-of 2027-06-01 --format json
/usr/bin/python3 - "$t/out" <<'PY' && ok || bad "past the new end: $(cat "$t/out")"
import json, sys
s = json.loads(open(sys.argv[1], encoding="utf-8").read())
assert (s["status"], s["by"], s["date"]) == ("expired", "京示发〔2023〕15号", "2026-12-31"), s
PY
# Without the extending notice, its own end decides.
expect_exit 0 "status without the extension" -- "$g" status '京示发〔2019〕2号' "$EA" --as-of 2024-06-01
grep -q "^京示发〔2019〕2号: expired on 2023-12-31" "$t/out" && ok || bad "own end: $(cat "$t/out")"

# An extension by a period (有效期延长两年) runs from the day after the document's own end.
EC=tests/data/extend-c.txt
expect_exit 0 "status extended by a period" -- "$g" status '京示发〔2019〕2号' "$EA" "$EC" --as-of 2024-06-01
grep -q "^京示发〔2019〕2号: in-force since 2019-02-01, extended by 京示发〔2023〕16号 to 2025-12-31" "$t/out" && ok || bad "period: $(cat "$t/out")"
expect_exit 0 "status past a period's end" -- "$g" status '京示发〔2019〕2号' "$EA" "$EC" --as-of 2026-06-01
grep -q "^京示发〔2019〕2号: expired on 2025-12-31 as extended by 京示发〔2023〕16号" "$t/out" && ok || bad "period end: $(cat "$t/out")"
# Cited only, extended to a known end: in force until it.
expect_exit 0 "status cited only, extended" -- "$g" status '京示发〔2019〕2号' "$EB" --as-of 2024-06-01
grep -q "^京示发〔2019〕2号: in-force, extended by 京示发〔2023〕15号 to 2026-12-31" "$t/out" && ok || bad "cited only: $(cat "$t/out")"

# The extension through 其 in the sentence after the one that gives its own end.
ED=tests/data/extend-d.txt
expect_exit 0 "status extended through 其" -- "$g" status '京示发〔2019〕2号' "$EA" "$ED" --as-of 2024-06-01
grep -q "^京示发〔2019〕2号: in-force since 2019-02-01, extended by 京示发〔2023〕17号 to 2025-06-30" "$t/out" && ok || bad "through 其: $(cat "$t/out")"

# An amendment decision promulgated by an order that quotes it (《…关于修改〈A〉的决定》): the
# order's instrument, in effect on the order's day, not the issue's.
expect_exit 0 "status amended by an order's decision" -- "$g" status 北京市甲管理办法 tests/data/order-amendment.txt --as-of 2022-01-01
grep -q "amended by 北京市人民政府令第300号 on 2021-05-20" "$t/out" && ok || bad "order's decision: $(cat "$t/out")"

# A title cited only with its 文号 (《A》(京政发〔2001〕12号)同时废止) is found by the title too.
printf '北京市人民政府关于印发北京市新管理办法的通知\n京政发〔2005〕3号\n各区人民政府:\n本通知自2005年3月1日起施行。《北京市旧管理办法》(京政发〔2001〕12号)同时废止。\n北京市人民政府\n2005年2月1日\n' >"$t/bytitle.txt"
expect_exit 0 "status by a title cited with its 文号" -- "$g" status 北京市旧管理办法 "$t/bytitle.txt" --as-of 2006-01-01
grep -q "^京政发〔2001〕12号: repealed by 京政发〔2005〕3号 on 2005-03-01" "$t/out" && ok || bad "by cited title: $(cat "$t/out")"

finish status
