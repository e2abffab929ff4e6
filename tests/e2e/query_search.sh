#!/usr/bin/env bash
# End-to-end: `gazette search` finds text whatever its width, OCR spacing or bracket form, and
# names the document, the article and file:line of each hit.
set -u
g=${1:?usage: query_search.sh /path/to/gazette}
source "$(dirname "$0")/lib/assert.bash"
same() { if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', wanted '$3'"; fi; }
field() { cut -f"$1" "$t/out" | tr '\n' ' ' | sed 's/ $//'; }

# 2024-38.txt:465/467 第十二条 …认定结 ‖ 果之日起 15 个工作日内… and 2024-38.txt:491 (第十五条, 2nd paragraph)
"$g" search "１５ 个工作 日" tests/corpus/2024-38.txt >"$t/out" 2>"$t/err"; same "exit" "$?" 0
same "hits" "$(wc -l <"$t/out")" 2
same "docno" "$(field 1)" "京人社评发〔2024〕11号 京人社评发〔2024〕11号"
same "file:line" "$(field 3)" "tests/corpus/2024-38.txt:467 tests/corpus/2024-38.txt:491"
case "$(field 2)" in *art_12*art_15*) ok ;; *) bad "articles: $(field 2)" ;; esac
grep -q "认定结果之日起15个工作日内" "$t/out" && ok || bad "context joins the page break"

# 2024-38.txt:146 prints (京人社事业发〔2023〕24 号): found with [] and no space
"$g" search "京人社事业发[2023]24号" tests/corpus >"$t/out" 2>/dev/null
same "bracket variant" "$(field 3)" "tests/corpus/2024-38.txt:146"
same "bracket variant docno" "$(field 1)" "京人社事业发〔2024〕10号"

# 2024-38.txt:221 letter-spaced 对 外 贸 易 银 行 业 者 协 会 in a table cell: found, no article
"$g" search "对外贸易银行业者协会" tests/corpus/2024-38.txt >"$t/out" 2>/dev/null
grep -q $'\ttests/corpus/2024-38.txt:221\t' "$t/out" && ok || bad "OCR spacing: $(cat "$t/out")"
same "table rows have no article" "$(cut -f2 "$t/out" | sort -u)" "-"
# a table row's tabs in the context are escaped: four fields a line
"$g" search "的" tests/corpus >"$t/out" 2>/dev/null
same "four fields a line" "$(awk -F'\t' 'NF != 4' "$t/out" | wc -l)" "0"

# 2024-38.txt:28 the contents entry lies outside every document
"$g" search "京人社事业发〔2024〕10号" tests/corpus/2024-38.txt >"$t/out" 2>/dev/null
same "contents hit" "$(head -1 "$t/out" | cut -f1,3)" $'-\ttests/corpus/2024-38.txt:28'

# external/01.txt, a regulation without 文号: its hits are named by the document's id
"$g" search "向市人民代表大会常务委员会报告" tests/corpus/external/01.txt >"$t/out" 2>/dev/null
same "document without 文号" "$(head -1 "$t/out" | cut -f1)" "01#1"

# JSON Lines keys; stdin
"$g" search --format json "同时废止" - <tests/corpus/2024-38.txt >"$t/out" 2>/dev/null
/usr/bin/python3 - "$t/out" <<'PY' && ok || bad "json: $(head -c 300 "$t/out")"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [list(r) for r in rows][0] == ["source", "line", "docno", "document", "article", "match", "context"], rows
# 2024-38.txt:146 …(京人社事业发〔2023〕24 号)同时废止。 and 2024-38.txt:927 …(京知局〔2020〕171 号)自本办法发布之日起废止。
assert [(r["source"], r["line"]) for r in rows] == [("-", 146)], rows
assert rows[0]["match"] == "同时废止" and rows[0]["docno"] == "京人社事业发〔2024〕10号", rows
PY

# errors
"$g" search "  " tests/corpus/2024-38.txt >/dev/null 2>"$t/err"; same "empty text exit" "$?" 2
"$g" search "废止" /nonexistent.txt >/dev/null 2>"$t/err"; same "missing input exit" "$?" 3
same "one-line error" "$(wc -l <"$t/err")" 1

finish query_search
