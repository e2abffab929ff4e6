#!/usr/bin/env bash
# gazette check: silent (exit 0) on the four sample issues; on issues made of a masthead, one
# document and a planted faulty table (tests/data/table-*.txt) it names each fault as
# FILE:LINE: KIND: MESSAGE, with LINE the printed line of the faulty row or count, and exits 1.
# Usage: bash tests/e2e/check_tables.sh path/to/gazette   (from the repository root)
set -u
g=${1:?usage: check_tables.sh GAZETTE}
. tests/e2e/lib/assert.bash

for f in tests/corpus/*.txt; do
  expect_exit 0 "check $f" -- "$g" check "$f"
  [ ! -s "$t/out" ] && [ ! -s "$t/err" ] && ok || bad "check $f printed: $(cat "$t/out" "$t/err")"
done

# A masthead and a document whose attachment is the planted table.
masthead() {
  printf '# 北京市人民政府公报\n\n2023\n\n第 42 期（总第 800 期）\n\n北京市人力资源和社会保障局\n\n'
  printf '关于宣布废止失效一批规范性文件的通告\n\n京人社发〔2023〕10号\n\n现决定宣布废止失效一批行政规范性文件。\n\n'
  printf '特此通告。\n\n北京市人力资源和社会保障局\n\n2023 年 9 月 18 日\n\n'
}

# expect FRAGMENT KIND TEXT-ON-THE-LINE MESSAGE-PART
expect() {
  local frag=$1 kind=$2 text=$3 msg=$4 file="$t/$(basename "$1")"
  { masthead; cat "$frag"; } > "$file"
  local line; line=$(grep -n -F -- "$text" "$file" | head -1 | cut -d: -f1)
  expect_exit 1 "check $frag" -- "$g" check "$file"
  cat "$t/err" >>"$t/out"
  grep -q -F -- "$file:$line: $kind: " "$t/out" && ok || bad "check $frag: no '$kind' at line $line in: $(cat "$t/out")"
  grep -q -F -- "$msg" "$t/out" && ok || bad "check $frag: no '$msg' in: $(cat "$t/out")"
  # JSON Lines form: one object a finding with source, line, kind, message.
  "$g" check --format json "$file" | /usr/bin/python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert rows and all(list(r) == ["source", "line", "kind", "message"] for r in rows), rows
' && ok || bad "check --format json $frag"
}

expect tests/data/table-missing-row.txt seq-gap $'5\t关于做好阶段性失业补助金' "序号 jumps from 3 to 5 (4 missing)"
expect tests/data/table-missing-row.txt count-mismatch "(共计 5 件)" "total declared 5, 4 rows found"
expect tests/data/table-duplicate-seq.txt seq-repeat $'2\t关于印发《北京市劳动和社会保障局' "序号 2 printed twice"
expect tests/data/table-wrong-count.txt count-mismatch "(一) 急需紧缺清单(4 项)" "declared 4, 3 rows found"

expect_exit 3 "check on a missing file" -- "$g" check "$t/does-not-exist.txt"

finish check_tables
