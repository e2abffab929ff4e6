#!/usr/bin/env bash
# gazette tables: JSON Lines keys, CSV quoting (RFC 4180) and formula neutralization, TSV, xlsx,
# --doc, and the exit codes for usage and input errors.
# Usage: bash tests/e2e/tables_csv.sh path/to/gazette   (from the repository root)
set -u
g=${1:?usage: tables_csv.sh GAZETTE}
. tests/e2e/lib/assert.bash

issue="$t/issue.txt"
{
  printf '# 北京市人民政府公报\n\n2023\n\n第 42 期（总第 800 期）\n\n北京市人力资源和社会保障局\n\n'
  printf '关于宣布废止失效一批规范性文件的通告\n\n京人社发〔2023〕10号\n\n现决定宣布废止失效 4 件行政规范性文件。\n\n'
  printf '特此通告。\n\n北京市人力资源和社会保障局\n\n2023 年 9 月 18 日\n\n附件\n\n## 宣布废止失效的文件目录\n\n'
  printf '序号\t文件名称\t文号\n'
  printf '1\t关于转发《社会保险基金监督举报工作管理办法》的通知\t京劳社督发〔2001〕100号\n'
  printf '2\t关于"试点"扩围, 延续实施的通知\t京劳社督发〔2001〕101号\n'
  printf '3\t=HYPERLINK("http://example.com")\t京劳社法发〔2004〕91号\n'
  printf '4\t@SUM(A1:A2)\t京人社就字〔2020〕70号\n'
} > "$issue"

# JSON Lines: the keys, in order, and the cells of the repeal schema.
expect_exit 0 "tables (json)" -- "$g" tables "$issue"
cp "$t/out" "$t/rows.jsonl"
/usr/bin/python3 - "$t/rows.jsonl" <<'PY' && ok || bad "tables JSON Lines (above)"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == 4, rows
for r in rows:
    assert list(r) == ["source", "docno", "table", "section", "seq", "cells", "line"], list(r)
    assert list(r["cells"]) == ["title", "docno"], r["cells"]
assert rows[0]["docno"] == "京人社发〔2023〕10号"
assert rows[1]["cells"]["title"] == '关于"试点"扩围,延续实施的通知', rows[1]
assert rows[2]["cells"]["title"] == '=HYPERLINK("http://example.com")'  # JSON is not neutralized
assert [r["seq"] for r in rows] == ["1", "2", "3", "4"]
assert rows[3]["cells"]["docno"] == "京人社就字〔2020〕70号"
PY

# CSV: header row, quotes doubled, formulas neutralized with a leading apostrophe.
expect_exit 0 "tables --format csv" -- "$g" tables --format csv "$issue"
cp "$t/out" "$t/rows.csv"
/usr/bin/python3 - "$t/rows.csv" <<'PY' && ok || bad "tables CSV (above)"
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
assert rows[0] == ["source", "docno", "table", "section", "seq", "line", "title", "cell_docno"], rows[0]
assert len(rows) == 5, rows
assert rows[2][6] == '关于"试点"扩围,延续实施的通知', rows[2]
assert rows[3][6] == "'=HYPERLINK(\"http://example.com\")", rows[3]
assert rows[4][6] == "'@SUM(A1:A2)", rows[4]
assert rows[4][7] == "京人社就字〔2020〕70号"
PY
grep -q -F '"关于""试点""扩围,延续实施的通知"' "$t/rows.csv" && ok || bad "CSV does not quote a cell with quotes (RFC 4180)"

# TSV: same columns.
expect_exit 0 "tables --format tsv" -- "$g" tables --format tsv "$issue"
head -1 "$t/out" | grep -q -P '^source\tdocno\ttable\tsection\tseq\tline\ttitle\tcell_docno$' && ok || bad "TSV header"

# --doc selects by 文号 as printed; an unknown 文号 is an input error (3).
expect_exit 0 "--doc by printed 文号" -- "$g" tables --doc '京人社发[2023]10号' "$issue"
[ "$(wc -l <"$t/out")" -eq 4 ] && ok || bad "--doc by printed 文号 gave $(wc -l <"$t/out") rows"
expect_exit 3 "--doc with an unknown 文号" -- "$g" tables --doc '京人社发〔2099〕1号' "$issue"
# … and writes no workbook either.
expect_exit 3 "--doc with an unknown 文号, xlsx" -- "$g" tables --format xlsx --doc '京人社发〔2099〕1号' -o "$t/none.xlsx" "$issue"
[ ! -e "$t/none.xlsx" ] && ok || bad "an unknown 文号 still wrote the workbook"

# xlsx needs -o (usage error 2 without); with -o it writes a workbook or reports exit 4.
expect_exit 2 "--format xlsx without -o" -- "$g" tables --format xlsx "$issue"
"$g" tables --format xlsx -o "$t/t.xlsx" "$issue" 2>"$t/err"; code=$?
if [ $code -eq 0 ]; then
  [ -s "$t/t.xlsx" ] && ok || bad "xlsx not written"
elif [ $code -ne 4 ]; then
  bad "--format xlsx exited $code"
fi
expect_exit 2 "an unknown --format" -- "$g" tables --format nope "$issue"

# The sample catalogs: rows per issue.
[ "$("$g" tables tests/corpus/2024-38.txt | wc -l)" -eq 149 ] && ok || bad "2024-38: want 149 rows"
[ "$("$g" tables tests/corpus/2023-42.txt | wc -l)" -eq 85 ] && ok || bad "2023-42: want 57 + 5 + 23 rows"

finish tables_csv
